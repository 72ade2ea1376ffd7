import type { HighlightPainter } from '../highlight/highlight-painter';
import type { MentionSpan } from './line-window';
import type { LongLines } from './long-lines';
import type { MentionIndex } from './mention-index';
import { paintMention } from './mention-range';
import type { PlacedMention } from './node-search';

/** Makes the watcher of long lines (long-lines.ts), telling `onMove` of each line to repaint. */
export type CreateLongLines = (
  doc: Document,
  signal: AbortSignal,
  onMove: (node: Text) => void,
) => LongLines;

/**
 * Where long lines are looked at: the page, the scanner's lifetime, and their code, which comes
 * with the matcher (mention-parts.ts), so the script every page loads does not carry it;
 * undefined while not loaded (nothing is painted before the matcher is).
 */
export interface LongLineContext {
  doc: Document;
  signal: AbortSignal;
  longLines?: () => CreateLongLines | undefined;
}

/**
 * The mention index and the painter kept in step: a node's mentions go in with their ranges
 * painted, and come out with them unpainted. Mentions beyond the painter's cap stay indexed
 * (counts are exact) without a range, and are painted once slots free up. On a text node that
 * lays out as one very long line only the mentions around its part in view are painted, and
 * repainted as the reader scrolls (long-lines.ts); the index keeps them all.
 */
export class PaintedMentions {
  private overflowed = false;
  /** Made at the first node with mentions (its code is loaded by then). */
  private lines: LongLines | undefined;

  constructor(
    private readonly index: MentionIndex,
    private readonly painter: Pick<HighlightPainter, 'paint' | 'unpaint' | 'clear'>,
    private readonly context?: LongLineContext,
  ) {}

  /** Makes `mentions` the node's mentions, painted (none: the node is forgotten). */
  set(node: Text, mentions: readonly PlacedMention[]): void {
    this.drop(node);
    if (mentions.length === 0) return;
    const span = this.longLines()?.paintable(node, mentions) ?? null;
    const ranges = mentions.map((mention, i) =>
      within(span, i) ? this.paint(node, mention) : undefined,
    );
    this.index.set(node, { mentions, ranges });
  }

  /** Forgets a node's mentions and unpaints their ranges. */
  drop(node: Text): void {
    this.lines?.forget(node);
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
      // A long line keeps to its span: the rest of it is left unpainted on purpose.
      const span = this.lines?.repaintable(node, entry.mentions) ?? null;
      entry.mentions.forEach((mention, i) => {
        if (!entry.ranges[i] && within(span, i)) entry.ranges[i] = this.paint(node, mention);
      });
    }
  }

  /** Forgets every mention; every highlight goes at once. */
  clear(): void {
    this.lines?.clear();
    this.index.clear();
    this.painter.clear();
    this.overflowed = false;
  }

  /** Paints a long line's mentions now in its span, and unpaints those that left it. */
  private reframe(node: Text): void {
    const entry = this.index.get(node);
    const span = entry && node.isConnected ? this.lines?.repaintable(node, entry.mentions) : null;
    if (!entry || !span) return;
    // Unpainted first, so their slots can go to the mentions coming into view.
    entry.ranges.forEach((range, i) => {
      const mention = entry.mentions[i];
      if (range && mention && !within(span, i)) {
        this.painter.unpaint(mention.entityId, range);
        entry.ranges[i] = undefined;
      }
    });
    for (let i = span.first; i < span.end; i += 1) {
      const mention = entry.mentions[i];
      if (mention && !entry.ranges[i]) entry.ranges[i] = this.paint(node, mention);
    }
  }

  private longLines(): LongLines | undefined {
    if (this.lines || !this.context) return this.lines;
    const { doc, signal, longLines } = this.context;
    this.lines = longLines?.()?.(doc, signal, (node) => this.reframe(node));
    return this.lines;
  }

  private paint(node: Text, mention: PlacedMention): AbstractRange | undefined {
    const range = paintMention(this.painter, node, mention);
    if (!range) this.overflowed = true;
    return range;
  }
}

/** Whether mention `i` is to be painted: every one without a span, else those in it. */
function within(span: MentionSpan | null, i: number): boolean {
  return span === null || (i >= span.first && i < span.end);
}
