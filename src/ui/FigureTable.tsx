import { WORDING } from '../dossier/wording';
import { mixesSources, type FigureGroup, type FigureRow } from './figure-rows';

/** Props of {@link FigureTable}. */
export interface FigureTableProps {
  /** The figures, grouped by what they count (`figureGroups(FACTS)`). */
  groups: readonly FigureGroup[];
  /** URL of a fact's sentence on the bundled source page. */
  sourceUrl(factId: string): string;
}

/**
 * The amount as the report gives it, its hedge in words beside it: "about 2,300", "more than
 * 1,000", "dozens (no exact number)". Never drawn as a length, so a hedge cannot look exact.
 */
function Amount({ row }: { row: FigureRow }) {
  if (row.qualifier === 'dozens') {
    return (
      <>
        <strong>{row.asWritten}</strong> <span class="hedge">no exact number</span>
      </>
    );
  }
  return (
    <>
      {row.qualifier && <span class="hedge">{row.qualifier}</span>} <strong>{row.asWritten}</strong>
    </>
  );
}

/**
 * Every count of the report in a table, grouped by what is counted (dead, wounded or injured,
 * arrested, other), each with its hedge, who was counted and who says so, linked to its
 * sentence. A table and not bars: the figures come from different sources and count different
 * people, and bars on one scale would invite comparing and adding them up. The report's date
 * heads it, and where sources mix, so does the warning that they may overlap.
 */
export function FigureTable({ groups, sourceUrl }: FigureTableProps) {
  return (
    <div class="figure-table">
      <p class="dateline">{WORDING.dateline}</p>
      {mixesSources(groups) && <p class="figure-note">{WORDING.mayOverlap}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Who was counted</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.kind} data-group={group.kind}>
            <tr>
              <th scope="rowgroup" colSpan={3} class="group-title">
                {group.title}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={`${row.factId}-${row.index}`} data-fact={row.factId} data-figure={row.index}>
                <td class="amount">
                  <Amount row={row} />
                </td>
                <td class="counted">
                  {row.counts}
                  {row.countsReading && (
                    <span class="counts-reading">
                      {WORDING.editorsReadingLabel} {row.countsReading}
                    </span>
                  )}
                </td>
                <td class="source">
                  <a href={sourceUrl(row.factId)} target="_blank" rel="noopener noreferrer">
                    {row.source}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
