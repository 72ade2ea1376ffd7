import type { EntityId } from '../dossier/types';
import { lostPiece } from './mention-range';
import type { PlacedMention } from './text-search';

/**
 * The mentions that start in one text node and the ranges painted for them (undefined: over
 * the cap). A mention may run on into later nodes (a name split across inline elements).
 */
export interface IndexedText {
  readonly mentions: readonly PlacedMention[];
  readonly ranges: (AbstractRange | undefined)[];
}

/** Mention counts per entity. */
export type EntityCounts = Record<EntityId, number>;

/**
 * Text node -> mentions starting in it, with exact counts per entity kept as entries come and
 * go. A mention is counted once, under its first node, however many nodes it runs over; the
 * later ones lead back to it ({@link ownerOf}).
 */
export class MentionIndex {
  private readonly entries = new Map<Text, IndexedText>();
  /** Later node of a split mention -> the node it starts in. */
  private readonly owners = new Map<Text, Text>();
  private readonly perEntity: EntityCounts = { kazakhstan: 0, tokayev: 0, almaty: 0 };

  get(node: Text): IndexedText | undefined {
    return this.entries.get(node);
  }

  set(node: Text, entry: IndexedText): void {
    this.delete(node);
    this.entries.set(node, entry);
    for (const mention of entry.mentions) {
      this.perEntity[mention.entityId] += 1;
      mention.rest?.forEach((piece) => this.owners.set(piece, node));
    }
  }

  /** Whether `node` holds (part of) an indexed mention. */
  readonly holds = (node: Node): boolean =>
    this.entries.has(node as Text) || this.owners.has(node as Text);

  /**
   * Nodes whose entries no longer stand: the node left the page, or a later piece of one of its
   * split mentions did (its first node, still there, is to be searched again).
   */
  stale(): Text[] {
    const stale: Text[] = [];
    for (const [node, entry] of this.entries) {
      if (!node.isConnected || entry.mentions.some(lostPiece)) stale.push(node);
    }
    return stale;
  }

  /** The node whose split mention runs on into `node`, if any. */
  ownerOf(node: Text): Text | undefined {
    return this.owners.get(node);
  }

  /** Removes the node's entry and returns it, so its ranges can be unpainted. */
  delete(node: Text): IndexedText | undefined {
    const entry = this.entries.get(node);
    if (!entry) return undefined;
    this.entries.delete(node);
    for (const mention of entry.mentions) {
      this.perEntity[mention.entityId] -= 1;
      mention.rest?.forEach((piece) => {
        if (this.owners.get(piece) === node) this.owners.delete(piece);
      });
    }
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
    this.owners.clear();
    this.perEntity.kazakhstan = 0;
    this.perEntity.tokayev = 0;
    this.perEntity.almaty = 0;
  }
}
