import type { Entity, EntityId } from '../dossier/types';
import type { EntityCounts } from '../messaging/protocol';
import { POPUP_WORDING } from '../popup/popup-wording';

/** Props of {@link EntityMentions}. */
export interface EntityMentionsProps {
  entities: readonly Entity[];
  counts: EntityCounts;
  /** Entities the reader chose not to highlight (counted all the same). */
  hidden: readonly EntityId[];
  /** Entities whose last "Next mention" found none, so the row says so. */
  missing: readonly EntityId[];
  onNext(entityId: EntityId): void;
}

/** "3 mentions", "1 mention", "No mentions". */
export const mentionCount = POPUP_WORDING.mentionCount;

/**
 * The page's mentions per entity, each with a "Next mention" button. The message line of each
 * row is a live region present from the start, so "No mention on this page" is announced.
 */
export function EntityMentions({ entities, counts, hidden, missing, onNext }: EntityMentionsProps) {
  return (
    <ul class="mentions">
      {entities.map((entity) => (
        <li key={entity.id} class="mention-row" data-entity={entity.id}>
          <span class={`swatch swatch-${entity.id}`} aria-hidden="true" />
          <span class="mention-name" title={entity.name}>
            {entity.shortName}
            {hidden.includes(entity.id) && (
              <span class="mention-note">{POPUP_WORDING.notHighlighted}</span>
            )}
          </span>
          <span class="mention-count">{mentionCount(counts[entity.id])}</span>
          <button type="button" class="next-mention" onClick={() => onNext(entity.id)}>
            {POPUP_WORDING.nextMention}
            <span class="visually-hidden">{POPUP_WORDING.nextMentionOf(entity.name)}</span>
          </button>
          <span class="mention-message" role="status">
            {missing.includes(entity.id) ? POPUP_WORDING.noMentionFound : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
