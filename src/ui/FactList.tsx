import type { Fact } from '../dossier/types';
import { attributionText, factReadings } from '../dossier/wording';
import { popupWords } from '../popup/popup-messages';
import { emphasiseFigures } from './emphasise-figures';
import { useFactWords } from './language';
import { ReportWords } from './ReportWords';

/** One fact to list, with the other names it concerns. */
export interface FactListItem {
  /** The fact in the page's language (`localiseFact`); its quote is the report's English. */
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
 * link says which fact it opens. Then who said it, the other names it concerns, the report's
 * own words where the statement is a translation (verbatim English, labelled so), and the
 * editor's readings (dates, pronouns, who a figure counts), labelled apart from the report's
 * words.
 */
export function FactList({ items, sourceUrl }: FactListProps) {
  const words = useFactWords();
  const { language, tr } = words;
  const popup = popupWords(language);
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
            {emphasiseFigures(fact.statement, fact.figures, words).map((run, index) =>
              run.strong ? (
                <strong key={index}>{run.text}</strong>
              ) : (
                <ReportWords key={index} text={run.text} language={language} />
              ),
            )}
          </a>
          <p class="fact-meta">
            <ReportWords
              text={popup.t('popup.source', { who: attributionText(fact.attribution, words) })}
              language={language}
            />
            {alsoAbout.length > 0 && (
              <span class="also">
                {' · '}
                {popup.t('popup.alsoAbout', { names: alsoAbout.map((e) => e.name).join(', ') })}
              </span>
            )}
          </p>
          {language !== 'en' && (
            <p class="fact-original">
              {tr.t('dossier.original')}{' '}
              <ReportWords text={tr.quote(fact.quote)} language={language} />
            </p>
          )}
          {factReadings(fact, words).map((reading) => (
            <p key={reading} class="fact-reading">
              <strong>{tr.t('dossier.editorsReadingLabel')}</strong>{' '}
              <ReportWords text={reading} language={language} />
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
