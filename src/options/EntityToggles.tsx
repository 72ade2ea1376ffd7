import type { Entity, EntityId } from '../dossier/types';
import { useLanguage } from '../ui/language';
import { optionsWords } from './options-messages';

/** Props of {@link EntityToggles}. */
export interface EntityTogglesProps {
  entities: readonly Entity[];
  /** `hiddenEntities` of the settings. */
  hidden: readonly EntityId[];
  onChange(entityId: EntityId, highlighted: boolean): void;
}

/** One checkbox per entity: unticked entities are still counted, but not painted. */
export function EntityToggles({ entities, hidden, onChange }: EntityTogglesProps) {
  const tr = optionsWords(useLanguage());
  return (
    <fieldset>
      <legend>{tr.t('options.namesLegend')}</legend>
      {entities.map((entity) => (
        <label key={entity.id} class="choice">
          <input
            type="checkbox"
            name="entity"
            value={entity.id}
            checked={!hidden.includes(entity.id)}
            onChange={(event) => onChange(entity.id, event.currentTarget.checked)}
          />
          <span class={`swatch swatch-${entity.id}`} aria-hidden="true" />
          {entity.name}
        </label>
      ))}
    </fieldset>
  );
}
