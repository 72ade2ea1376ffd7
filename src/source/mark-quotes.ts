import { locateQuote, paragraphRanges, type TextRange } from '@/src/dossier/text-spans';
import type { Fact } from '@/src/dossier/types';

/** Where one fact's quote lies in the text. `anchor` is false for a continuation piece. */
export interface MarkSpan extends TextRange {
  factId: string;
  anchor: boolean;
}

/** A marked span and the marks nested inside it. */
export interface MarkNode extends MarkSpan {
  children: MarkNode[];
}

/** Text to render: plain strings and marks, which nest. */
export type Piece = string | MarkPiece;

/** One mark: the anchor piece carries the `fact-<id>` element id, continuations do not. */
export interface MarkPiece {
  factId: string;
  anchor: boolean;
  pieces: Piece[];
}

const byPosition = (a: MarkSpan, b: MarkSpan) =>
  a.start - b.start || b.end - a.end || Number(b.anchor) - Number(a.anchor);

/**
 * Nests spans into a tree of marks. Quotes may overlap: a span inside another becomes its
 * child; a span that crosses the end of another is cut there, the first part (which keeps the
 * anchor, so `#fact-<id>` always resolves) nested inside and the rest continuing after it.
 */
export function nestSpans(spans: readonly MarkSpan[]): MarkNode[] {
  const queue = spans.filter((span) => span.end > span.start).sort(byPosition);
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  for (let span = queue.shift(); span; span = queue.shift()) {
    while (open.length > 0 && open[open.length - 1]!.end <= span.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && span.end > parent.end) {
      queue.push({ ...span, start: parent.end, anchor: false });
      queue.sort(byPosition);
      span = { ...span, end: parent.end };
    }
    const node: MarkNode = { ...span, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}

function piecesOf(text: string, range: TextRange, nodes: readonly MarkNode[]): Piece[] {
  const pieces: Piece[] = [];
  let at = range.start;
  for (const node of nodes) {
    if (node.start > at) pieces.push(text.slice(at, node.start));
    const { factId, anchor } = node;
    pieces.push({ factId, anchor, pieces: piecesOf(text, node, node.children) });
    at = node.end;
  }
  if (at < range.end) pieces.push(text.slice(at, range.end));
  return pieces;
}

/**
 * The text split into paragraphs, each a list of pieces in which every fact's quote is a mark.
 * A quote that runs over a paragraph break is cut at it, anchored where it starts. Facts whose
 * quote is not in the text get no mark (the dossier checks forbid them).
 */
export function markQuotes(text: string, facts: readonly Fact[]): Piece[][] {
  const located = facts.flatMap((fact) => {
    const range = locateQuote(text, fact.quote);
    return range ? [{ factId: fact.id, ...range }] : [];
  });
  return paragraphRanges(text).map((paragraph) => {
    const spans = located
      .filter((span) => span.start < paragraph.end && span.end > paragraph.start)
      .map((span) => ({
        factId: span.factId,
        anchor: span.start >= paragraph.start,
        start: Math.max(span.start, paragraph.start),
        end: Math.min(span.end, paragraph.end),
      }));
    return piecesOf(text, paragraph, nestSpans(spans));
  });
}

/** The plain text of pieces, marks unwrapped. */
export function piecesText(pieces: readonly Piece[]): string {
  return pieces
    .map((piece) => (typeof piece === 'string' ? piece : piecesText(piece.pieces)))
    .join('');
}
