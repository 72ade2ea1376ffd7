import type { Matcher } from '../matching/compile-matcher';
import type { Span } from '../matching/prefilter';
import type { Mention } from '../matching/types';

/** Text longer than this is searched in pieces, one piece per step of the scanner. */
export const PIECE = 32_768;

/**
 * The search of one huge text node, a piece at a time, so that a 10 MB `<pre>` never holds the
 * main thread longer than one piece takes. The text is read once, when the search starts.
 * Given the prefilter's spans (where a mention may start), only those are searched; pieces
 * without one cost nothing.
 */
export class TextPieces {
  private offset = 0;
  private next = 0;
  private readonly found: Mention[] = [];

  constructor(
    private readonly text: string,
    private readonly matcher: Matcher,
    private readonly spans: readonly Span[] | null = null,
  ) {}

  /** Searches the next piece; returns every mention once the whole text is done, else null. */
  searchNext(): readonly Mention[] | null {
    const spans = this.spans;
    if (spans) return this.searchSpans(spans);
    const end = Math.min(this.offset + PIECE, this.text.length);
    this.keep(this.matcher.find(this.text, this.offset, end), end);
    return this.offset >= this.text.length ? this.found : null;
  }

  /** The spans that start within the next piece's worth of text. */
  private searchSpans(spans: readonly Span[]): readonly Mention[] | null {
    const first = spans[this.next];
    if (!first) return this.found;
    const until = first.start + PIECE;
    for (let span: Span | undefined = first; span && span.start < until;) {
      // Spans may overlap: a mention found already is not searched for twice.
      const from = Math.max(span.start, this.offset);
      if (from < span.end) this.keep(this.matcher.find(this.text, from, span.end), span.end);
      span = spans[++this.next];
    }
    return this.next >= spans.length ? this.found : null;
  }

  /** Keeps mentions found up to `end`; a mention running past it moves the next search on. */
  private keep(found: readonly Mention[], end: number): void {
    for (const mention of found) this.found.push(mention);
    this.offset = Math.max(end, found[found.length - 1]?.end ?? end);
  }
}
