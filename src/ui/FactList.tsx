import { useId } from 'preact/hooks';
import type { Fact } from '../dossier/types';
import { attributionText, factReadings, WORDING } from '../dossier/wording';
import { emphasiseFigures } from './emphasise-figures';

/** Props of {@link FactList}. */
export interface FactListProps {
  facts: readonly Fact[];
  /** URL of a fact's sentence on the bundled source page. */
  sourceUrl(factId: string): string;
}

/**
 * Facts as statements with their figures (and hedges) in bold, each saying who said it and
 * linking to its sentence in the source report (opened in a new tab: the popup would close
 * under it). The editor's readings (dates, pronouns, who a figure counts) are labelled apart
 * from the report's words.
 */
export function FactList({ facts, sourceUrl }: FactListProps) {
  // The same fact can be listed under several entities: ids must stay unique per list.
  const prefix = useId();
  return (
    <ul class="fact-list">
      {facts.map((fact) => {
        const statementId = `${prefix}-${fact.id}`;
        return (
          <li key={fact.id} class="fact" data-fact={fact.id}>
            <p class="fact-statement" id={statementId}>
              {emphasiseFigures(fact.statement, fact.figures).map((run, index) =>
                run.strong ? <strong key={index}>{run.text}</strong> : run.text,
              )}
            </p>
            {factReadings(fact).map((reading) => (
              <p key={reading} class="fact-reading">
                <strong>{WORDING.editorsReadingLabel}</strong> {reading}
              </p>
            ))}
            <p class="fact-meta">
              <span class="fact-source">Source: {attributionText(fact.attribution)}</span>{' '}
              <a
                href={sourceUrl(fact.id)}
                target="_blank"
                rel="noopener noreferrer"
                aria-describedby={statementId}
              >
                Read in the report
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
