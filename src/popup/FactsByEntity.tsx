import type { Entity, Fact } from '../dossier/types';
import { FactList } from '../ui/FactList';
import { useLanguage } from '../ui/language';
import { factGroups } from './fact-groups';
import { popupWords } from './popup-messages';

/** Props of {@link FactsByEntity}. */
export interface FactsByEntityProps {
  /** The entities and facts in the page's language. */
  entities: readonly Entity[];
  facts: readonly Fact[];
  sourceUrl(factId: string): string;
}

/**
 * The key facts in one folded group per entity, closed at first so the popup's first view
 * fits its height; each fact appears once, under the name it is chiefly about.
 */
export function FactsByEntity({ entities, facts, sourceUrl }: FactsByEntityProps) {
  const tr = popupWords(useLanguage());
  return (
    <div class="facts-by-entity">
      {factGroups(entities, facts).map(({ entity, facts: items }) => (
        <details key={entity.id} data-entity={entity.id}>
          <summary>
            <span class={`swatch swatch-${entity.id}`} aria-hidden="true" />
            {entity.name} <span class="muted">({tr.plural('popup.factCount', items.length)})</span>
          </summary>
          <p class="entity-descriptor">{entity.descriptor}</p>
          <FactList items={items} sourceUrl={sourceUrl} />
        </details>
      ))}
    </div>
  );
}
