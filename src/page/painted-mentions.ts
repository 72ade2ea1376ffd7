import type { HighlightPainter } from '../highlight/highlight-painter';
import type { MentionIndex } from './mention-index';
import { paintMention } from './mention-range';
import type { PlacedMention } from './node-search';

/**
 * The mention index and the painter kept in step: a node's mentions go in with their ranges
 * painted, and come out with them unpainted. Mentions beyond the painter's cap stay indexed
 * (counts are exact) without a range, and are painted once slots free up.
 */
export class PaintedMentions {
  private overflowed = false;

  constructor(
    private readonly index: MentionIndex,
    private readonly painter: HighlightPainter,
  ) {}

  /** Makes `mentions` the node's mentions, painted (none: the node is forgotten). */
  set(node: Text, mentions: readonly PlacedMention[]): void {
    this.drop(node);
    if (mentions.length === 0) return;
    const ranges = mentions.map((mention) => this.paint(node, mention));
    this.index.set(node, { mentions, ranges });
  }

  /** Forgets a node's mentions and unpaints their ranges. */
  drop(node: Text): void {
    const old = this.index.delete(node);
    old?.ranges.forEach((range, i) => {
      const mention = old.mentions[i];
      if (range && mention) this.painter.unpaint(mention.entityId, range);
    });
  }

  /** Paints the mentions the cap left without a range, as far as slots were freed. */
  repaintOverCap(): void {
    if (!this.overflowed) return;
    this.overflowed = false;
    for (const [node, entry] of this.index.entriesIter()) {
      entry.mentions.forEach((mention, i) => {
        if (!entry.ranges[i]) entry.ranges[i] = this.paint(node, mention);
      });
    }
  }

  /** Forgets every mention; every highlight goes at once. */
  clear(): void {
    this.index.clear();
    this.painter.clear();
    this.overflowed = false;
  }

  private paint(node: Text, mention: PlacedMention): AbstractRange | undefined {
    const range = paintMention(this.painter, node, mention);
    if (!range) this.overflowed = true;
    return range;
  }
}
