import type { EntityId } from '../dossier/types';
import type { Mention } from '../matching/types';

/** The mentions of one text node and the ranges painted for them (undefined: over the cap). */
export interface IndexedText {
  readonly mentions: readonly Mention[];
  readonly ranges: (AbstractRange | undefined)[];
}

/** Mention counts per entity. */
export type EntityCounts = Record<EntityId, number>;

/** Text node -> mentions, with exact counts per entity kept as entries come and go. */
export class MentionIndex {
  private readonly entries = new Map<Text, IndexedText>();
  private readonly perEntity: EntityCounts = { kazakhstan: 0, tokayev: 0, almaty: 0 };

  get(node: Text): IndexedText | undefined {
    return this.entries.get(node);
  }

  set(node: Text, entry: IndexedText): void {
    this.delete(node);
    this.entries.set(node, entry);
    for (const mention of entry.mentions) this.perEntity[mention.entityId] += 1;
  }

  /** Removes the node's entry and returns it, so its ranges can be unpainted. */
  delete(node: Text): IndexedText | undefined {
    const entry = this.entries.get(node);
    if (!entry) return undefined;
    this.entries.delete(node);
    for (const mention of entry.mentions) this.perEntity[mention.entityId] -= 1;
    return entry;
  }

  /** A copy of the counts per entity. */
  counts(): EntityCounts {
    return { ...this.perEntity };
  }

  get size(): number {
    return this.entries.size;
  }

  nodes(): IterableIterator<Text> {
    return this.entries.keys();
  }

  entriesIter(): IterableIterator<[Text, IndexedText]> {
    return this.entries.entries();
  }

  clear(): void {
    this.entries.clear();
    this.perEntity.kazakhstan = 0;
    this.perEntity.tokayev = 0;
    this.perEntity.almaty = 0;
  }
}
