import type { Fact } from '../dossier/types';
import { attributionText, factReadings, WORDING } from '../dossier/wording';
import { POPUP_WORDING } from '../popup/popup-wording';
import { emphasiseFigures } from './emphasise-figures';

/** One fact to list, with the other names it concerns. */
export interface FactListItem {
  fact: Fact;
  alsoAbout: readonly { name: string }[];
}

/** Props of {@link FactList}. */
export interface FactListProps {
  items: readonly FactListItem[];
  /** URL of a fact's sentence on the bundled source page. */
  sourceUrl(factId: string): string;
}

/**
 * Facts as statements with their figures (and hedges) in bold. Each statement is itself the
 * link to its sentence in the source report (a new tab: the popup would close under it), so a
 * link says which fact it opens. Then who said it, the other names it concerns, and the
 * editor's readings (dates, pronouns, who a figure counts), labelled apart from the report's
 * words.
 */
export function FactList({ items, sourceUrl }: FactListProps) {
  return (
    <ul class="fact-list">
      {items.map(({ fact, alsoAbout }) => (
        <li key={fact.id} class="fact" data-fact={fact.id}>
          <a
            class="fact-statement"
            href={sourceUrl(fact.id)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {emphasiseFigures(fact.statement, fact.figures).map((run, index) =>
              run.strong ? <strong key={index}>{run.text}</strong> : run.text,
            )}
          </a>
          <p class="fact-meta">
            {POPUP_WORDING.source(attributionText(fact.attribution))}
            {alsoAbout.length > 0 && (
              <span class="also">
                {' · '}
                {POPUP_WORDING.alsoAbout(alsoAbout.map((entity) => entity.name).join(', '))}
              </span>
            )}
          </p>
          {factReadings(fact).map((reading) => (
            <p key={reading} class="fact-reading">
              <strong>{WORDING.editorsReadingLabel}</strong> {reading}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
