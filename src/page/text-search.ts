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
 * How far a name that crosses a join between text nodes reaches on either side of it, at most:
 * the longest spelling with its longest ending is under 40 characters (a unit test keeps it
 * so), which leaves room for a few extra spaces or soft hyphens inside. A long node is read
 * only this far beside each join.
 */
export const NAME_REACH = 64;
const EDGE = NAME_REACH;

/**
 * Adds the names that cross a node's joins to the mentions found in the node alone. A name
 * inside one node is judged in that node alone, as if its edges were word boundaries (menus
 * and tag lists write `<a>Home</a><a>Kazakhstan</a>`); a name that crosses into the following
 * nodes is found in the joined text and placed over them; a name that started in an earlier
 * node and runs into this one belongs to that node, and what it covers here is no mention of
 * this node's (the "Tokayev" of `Kas<em>sym-Jomart</em> Tokayev`).
 */
export function addCrossing<N>(
  inNode: readonly Mention[],
  own: string,
  matcher: Matcher,
  { before, after }: SearchContext<N>,
): readonly PlacedMention<N>[] {
  const tail = after.map((piece) => piece[1]).join('');
  // [text, where the own text starts in it]; a long node is read only beside its joins.
  const windows: [string, number][] =
    own.length <= 2 * EDGE
      ? [[before + own + tail, before.length]]
      : [
          [before + own.slice(0, EDGE), before.length],
          [own.slice(-EDGE) + tail, EDGE - own.length],
        ];
  let covered = 0; // the own text up to here is part of a name from an earlier node
  const crossing: Mention[] = [];
  for (const [text, shift] of windows) {
    for (const mention of matcher.find(text)) {
      if (mention.start < shift) covered = Math.max(covered, mention.end - shift);
      else if (mention.end - shift > own.length) {
        crossing.push({ ...mention, start: mention.start - shift, end: mention.end - shift });
      }
    }
  }
  if (covered === 0 && crossing.length === 0) return inNode;
  const first = crossing[0]?.start ?? Infinity;
  const kept = inNode.filter((m) => m.start >= covered && m.end <= first);
  const placed = placeMentions(
    crossing.filter((m) => m.start >= covered),
    0,
    own.length,
    after,
  );
  return [...kept, ...placed];
}

/**
 * The search of one text node, a piece at a time (see TextPieces), then of its joins with the
 * text its inline run holds around it ({@link addCrossing}). Pure: nodes are only carried along.
 */
export class TextSearch<N> {
  private readonly pieces: TextPieces;

  constructor(
    readonly node: N,
    private readonly own: string,
    private readonly matcher: Matcher,
    spans: readonly Span[] | null,
    private readonly context: SearchContext<N> = { before: '', after: [] },
  ) {
    this.pieces = new TextPieces(own, matcher, spans);
  }

  /** Searches the next piece; returns the node's mentions once the search is done, else null. */
  next(): readonly PlacedMention<N>[] | null {
    const found = this.pieces.searchNext();
    if (!found) return null;
    const { before, after } = this.context;
    if (before === '' && after.length === 0) return found;
    return addCrossing(found, this.own, this.matcher, this.context);
  }
}
