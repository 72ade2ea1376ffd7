import { datelineText } from '../dossier/wording';
import { mixesSources, type FigureGroup, type FigureRow } from './figure-rows';
import { useFactWords, useLanguage } from './language';
import { ReportWords } from './ReportWords';

/** Props of {@link FigureTable}. */
export interface FigureTableProps {
  /** The figures, grouped by what they count (`figureGroups(FACTS)`). */
  groups: readonly FigureGroup[];
  /** URL of a fact's sentence on the bundled source page. */
  sourceUrl(factId: string): string;
}

/**
 * The amount as the report gives it, its hedge in words beside it: "about 2,300", "more than
 * 1,000", "dozens (no exact number)"; in Kazakh the hedge follows ("1 000-нан астам"). Never
 * drawn as a length, so a hedge cannot look exact.
 */
function Amount({ row }: { row: FigureRow }) {
  const { tr } = useFactWords();
  const { amount, hedge, hedgeAfter } = row.hedged;
  if (row.qualifier === 'dozens') {
    return (
      <>
        <strong>{amount}</strong> <span class="hedge">{tr.t('figures.noExactNumber')}</span>
      </>
    );
  }
  const hedgeWord = hedge && <span class="hedge">{hedge}</span>;
  return hedgeAfter ? (
    <>
      <strong>{amount}</strong> {hedgeWord}
    </>
  ) : (
    <>
      {hedgeWord} <strong>{amount}</strong>
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
  const words = useFactWords();
  const language = useLanguage();
  const { tr } = words;
  return (
    <div class="figure-table">
      <p class="dateline">{datelineText(words)}</p>
      {mixesSources(groups) && <p class="figure-note">{tr.t('dossier.mayOverlap')}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{tr.t('figures.number')}</th>
            <th scope="col">{tr.t('figures.whoCounted')}</th>
            <th scope="col">{tr.t('figures.source')}</th>
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
                  <ReportWords text={row.counts} language={language} />
                  {row.countsReading && (
                    <span class="counts-reading">
                      {tr.t('dossier.editorsReadingLabel')}{' '}
                      <ReportWords text={row.countsReading} language={language} />
                    </span>
                  )}
                </td>
                <td class="source">
                  <a href={sourceUrl(row.factId)} target="_blank" rel="noopener noreferrer">
                    <ReportWords text={row.source} language={language} />
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
