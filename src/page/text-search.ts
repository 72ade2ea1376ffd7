import type { Matcher } from '../matching/compile-matcher';
import type { Span } from '../matching/prefilter';
import type { Mention } from '../matching/types';
import { TextPieces } from './text-pieces';

/**
 * A mention placed in a page's text nodes. It starts in the node it is indexed under, at
 * `start`; a name split across inline elements runs on into the nodes of `rest`, and `end` is
 * then an offset into the last of them.
 */
export interface PlacedMention<N = Text> extends Mention {
  readonly rest?: readonly N[];
}

/** The text a name in a node may run into: before it (for the look back) and after it. */
export interface SearchContext<N> {
  readonly before: string;
  /** The following nodes in order, each with the part of its text read (from its start). */
  readonly after: readonly (readonly [N, string])[];
}

/**
 * Places mentions found in `before + own + after` (offsets into that joined text): those that
 * start in the own text, with offsets into it, and with the nodes of `after` they run into.
 * Mentions that start before or after it belong to another node and are left out.
 */
export function placeMentions<N>(
  found: readonly Mention[],
  offset: number,
  length: number,
  after: readonly (readonly [N, string])[],
): PlacedMention<N>[] {
  const placed: PlacedMention<N>[] = [];
  for (const { start, end, entityId } of found) {
    if (start < offset || start >= offset + length) continue;
    let past = end - offset - length;
    if (past <= 0) {
      placed.push({ start: start - offset, end: end - offset, entityId });
      continue;
    }
    const rest: N[] = [];
    for (const [node, part] of after) {
      rest.push(node);
      if (past <= part.length) break;
      past -= part.length;
    }
    placed.push({ start: start - offset, end: past, entityId, rest });
  }
  return placed;
}

/**
 * The search of one text node, with the text its inline run holds around it, a piece at a time
 * (see TextPieces). The mentions it gives start in the node; a name that runs on into the
 * following nodes is one mention over all its pieces, and a name that started in an earlier
 * node is not found again in its later pieces: the look back is searched first, so a match
 * there moves the search past its end. Pure: the nodes are only carried along.
 */
export class TextSearch<N> {
  private readonly pieces: TextPieces;

  constructor(
    readonly node: N,
    private readonly own: string,
    matcher: Matcher,
    spans: readonly Span[] | null,
    private readonly context: SearchContext<N> = { before: '', after: [] },
  ) {
    const { before, after } = context;
    const shift = before.length;
    const text =
      shift === 0 && after.length === 0 ? own : before + own + after.map((p) => p[1]).join('');
    const where =
      spans && shift > 0
        ? [
            { start: 0, end: shift },
            ...spans.map((s) => ({ start: s.start + shift, end: s.end + shift })),
          ]
        : spans;
    this.pieces = new TextPieces(text, matcher, where);
  }

  /** Searches the next piece; returns the node's mentions once the search is done, else null. */
  next(): PlacedMention<N>[] | null {
    const found = this.pieces.searchNext();
    if (!found) return null;
    return placeMentions(found, this.context.before.length, this.own.length, this.context.after);
  }
}
