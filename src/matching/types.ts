import type { EntityId } from '../dossier/types';

/** One mention of an entity in a string: `text.slice(start, end)` is the name as written. */
export interface Mention {
  start: number;
  end: number;
  entityId: EntityId;
}
