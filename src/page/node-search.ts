import type { Matcher } from '../matching/compile-matcher';
import type { Candidate } from './hit-map';
import { runContext } from './inline-run';
import { PIECE } from './text-pieces';
import { NAME_REACH, TextSearch } from './text-search';

export type { PlacedMention, TextSearch } from './text-search';

/**
 * The search of a candidate text node, with the text its inline run holds around it (a name
 * may be split across inline elements). A small node is searched whole, in one step; a huge
 * one a piece per step, and only where the prefilter found something, while the spans hold
 * (the node's text as long as when it was read).
 */
export function searchNode(candidate: Candidate, matcher: Matcher): TextSearch<Text> {
  const { node, spans, length } = candidate;
  const text = node.data;
  const where = text.length > PIECE && text.length === length ? spans : null;
  const context = mayCrossJoin(candidate, text.length) ? runContext(node) : undefined;
  return new TextSearch(node, text, matcher, where, context);
}

/**
 * Whether a name may cross one of the node's joins with its neighbours, so that the text of
 * its inline run must be read (walking neighbours costs ~0.1 ms a node, measured on the
 * 1,000-mention page). A crossing name starts where the prefilter found a span: within
 * NAME_REACH before the node's end, or before the node within NAME_REACH of its start. Without
 * spans, or once the node changed, it may.
 */
export function mayCrossJoin({ spans, length, spanBefore }: Candidate, now: number): boolean {
  if (!spans || spanBefore !== false || now !== length) return true;
  return spans.some((span) => span.end > length - NAME_REACH);
}
