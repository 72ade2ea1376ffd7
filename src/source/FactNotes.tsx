import { factWords } from '@/src/dossier/dossier-messages';
import type { Fact } from '@/src/dossier/types';
import { attributionText, factReadings } from '@/src/dossier/wording';
import type { UiLanguage } from '@/src/i18n/languages';
import { ReportWords } from '@/src/ui/ReportWords';
import { sourceWords } from './source-messages';

/** Props of {@link FactNotes}. */
export interface FactNotesProps {
  /** The facts in the page's language (their quotes stay the report's English). */
  facts: readonly Fact[];
  /** The fact the URL points at, shown as current. */
  activeFactId?: string;
  language?: UiLanguage;
}

/**
 * The marked statements in report order: each links to its sentence and says who said it, with
 * the editor's reading labelled apart from the report's words.
 */
export function FactNotes({ facts, activeFactId, language = 'en' }: FactNotesProps) {
  const tr = sourceWords(language);
  const words = factWords(language);
  return (
    <section class="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{tr.t('source.notesTitle')}</h2>
      <ol>
        {facts.map((fact) => (
          <li key={fact.id} class={fact.id === activeFactId ? 'is-current' : undefined}>
            <a
              href={`#fact-${fact.id}`}
              aria-current={fact.id === activeFactId ? 'location' : undefined}
            >
              <ReportWords text={fact.statement} language={language} />
            </a>{' '}
            <span class="attribution">
              <ReportWords
                text={tr.t('source.source', { who: attributionText(fact.attribution, words) })}
                language={language}
              />
            </span>
            {factReadings(fact, words).map((reading) => (
              <span key={reading} class="reading">
                <strong>{words.tr.t('dossier.editorsReadingLabel')}</strong>{' '}
                <ReportWords text={reading} language={language} />
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
