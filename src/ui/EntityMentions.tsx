import type { Entity, EntityId } from '../dossier/types';
import type { EntityCounts } from '../messaging/protocol';
import { popupWords } from '../popup/popup-messages';
import { useLanguage } from './language';

/** Props of {@link EntityMentions}. */
export interface EntityMentionsProps {
  /** The entities in the page's language. */
  entities: readonly Entity[];
  counts: EntityCounts;
  /** Entities the reader chose not to highlight (counted all the same). */
  hidden: readonly EntityId[];
  /** Entities whose last "Next mention" found none, so the row says so. */
  missing: readonly EntityId[];
  onNext(entityId: EntityId): void;
}

/** "3 mentions", "1 mention", "No mentions"; "5 упоминаний", "2 упоминания". */
export const mentionCount = (count: number, tr = popupWords('en')) =>
  count === 0 ? tr.t('popup.noMentions') : tr.plural('popup.mentionCount', count);

/**
 * The page's mentions per entity, each with a "Next mention" button. The message line of each
 * row is a live region present from the start, so "No mention on this page" is announced.
 */
export function EntityMentions({ entities, counts, hidden, missing, onNext }: EntityMentionsProps) {
  const tr = popupWords(useLanguage());
  return (
    <ul class="mentions">
      {entities.map((entity) => (
        <li key={entity.id} class="mention-row" data-entity={entity.id}>
          <span class={`swatch swatch-${entity.id}`} aria-hidden="true" />
          <span class="mention-name" title={entity.name}>
            {entity.shortName}
            {hidden.includes(entity.id) && (
              <span class="mention-note">{tr.t('popup.notHighlighted')}</span>
            )}
          </span>
          <span class="mention-count">{mentionCount(counts[entity.id], tr)}</span>
          <button type="button" class="next-mention" onClick={() => onNext(entity.id)}>
            {tr.t('popup.nextButton')}
            <span class="visually-hidden">
              {tr.t('popup.nextMentionOf', { name: entity.name })}
            </span>
          </button>
          <span class="mention-message" role="status">
            {missing.includes(entity.id) ? tr.t('popup.noMentionFound') : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
