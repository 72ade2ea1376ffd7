import type { Fact } from '@/src/dossier/types';
import { attributionText, factReadings, WORDING } from '@/src/dossier/wording';
import { SOURCE_WORDING } from './source-wording';

/** Props of {@link FactNotes}. */
export interface FactNotesProps {
  facts: readonly Fact[];
  /** The fact the URL points at, shown as current. */
  activeFactId?: string;
}

/**
 * The marked statements in report order: each links to its sentence and says who said it, with
 * the editor's reading labelled apart from the report's words.
 */
export function FactNotes({ facts, activeFactId }: FactNotesProps) {
  return (
    <section class="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{SOURCE_WORDING.notesTitle}</h2>
      <ol>
        {facts.map((fact) => (
          <li key={fact.id} class={fact.id === activeFactId ? 'is-current' : undefined}>
            <a
              href={`#fact-${fact.id}`}
              aria-current={fact.id === activeFactId ? 'location' : undefined}
            >
              {fact.statement}
            </a>{' '}
            <span class="attribution">
              {SOURCE_WORDING.source(attributionText(fact.attribution))}
            </span>
            {factReadings(fact).map((reading) => (
              <span key={reading} class="reading">
                <strong>{WORDING.editorsReadingLabel}</strong> {reading}
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
