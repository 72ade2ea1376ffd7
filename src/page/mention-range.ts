import type { HighlightPainter } from '../highlight/highlight-painter';
import type { PlacedMention } from './text-search';

/** Where a mention ends: its last node and the offset in it. */
export function mentionEnd(node: Text, mention: PlacedMention): readonly [Text, number] {
  const rest = mention.rest;
  return [rest?.[rest.length - 1] ?? node, mention.end];
}

/** Whether a later node of a split mention has left the document. */
export function lostPiece(mention: PlacedMention): boolean {
  return mention.rest?.some((piece) => !piece.isConnected) ?? false;
}

/**
 * Whether the mention's text is still where it was indexed: every node of it in the document
 * and long enough for its offsets (the page may change text before the next batch of changes
 * reaches the scanner).
 */
export function mentionStands(node: Text, mention: PlacedMention): boolean {
  const [last, end] = mentionEnd(node, mention);
  return (
    node.isConnected && mention.start <= node.length && end <= last.length && !lostPiece(mention)
  );
}

/** A live range over the mention, clamped to its nodes' lengths now (never throws). */
export function mentionRange(doc: Document, node: Text, mention: PlacedMention): Range {
  const [last, end] = mentionEnd(node, mention);
  const range = doc.createRange();
  range.setStart(node, Math.min(mention.start, node.length));
  range.setEnd(last, Math.min(end, last.length));
  return range;
}

/**
 * Whether a caret at (`at`, `offset`) is in the mention: in its first node from its start, in
 * a middle node anywhere, in its last node up to its end (both ends included, as a caret beside
 * a letter is).
 */
export function caretInMention(
  node: Text,
  mention: PlacedMention,
  at: Node,
  offset: number,
): boolean {
  const [last, end] = mentionEnd(node, mention);
  if (at === node) return offset >= mention.start && (last !== node || offset <= end);
  if (at === last) return offset <= end;
  return mention.rest?.includes(at as Text) ?? false;
}

/** Paints a mention over all its nodes; its range, or undefined over the painter's cap. */
export function paintMention(
  painter: Pick<HighlightPainter, 'paint'>,
  node: Text,
  mention: PlacedMention,
): AbstractRange | undefined {
  const [last, end] = mentionEnd(node, mention);
  return painter.paint(mention.entityId, node, mention.start, end, last);
}
