import type { Matcher } from '../matching/compile-matcher';
import type { Mention } from '../matching/types';

/** Text longer than this is searched in pieces, one piece per step of the scanner. */
export const PIECE = 32_768;

/**
 * The search of one huge text node, a piece at a time, so that a 10 MB `<pre>` never holds the
 * main thread longer than one piece takes. The text is read once, when the search starts.
 */
export class TextPieces {
  private offset = 0;
  private readonly found: Mention[] = [];

  constructor(
    readonly node: Text,
    private readonly text: string,
    private readonly matcher: Matcher,
  ) {}

  /** Searches the next piece; returns every mention once the whole text is done, else null. */
  searchNext(): readonly Mention[] | null {
    const end = Math.min(this.offset + PIECE, this.text.length);
    const found = this.matcher.find(this.text, this.offset, end);
    this.found.push(...found);
    // A mention that starts in this piece may run into the next: resume after it.
    this.offset = Math.max(end, found[found.length - 1]?.end ?? end);
    return this.offset >= this.text.length ? this.found : null;
  }
}
