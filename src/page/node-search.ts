import type { Matcher } from '../matching/compile-matcher';
import type { Candidate } from './hit-map';
import { runContext } from './inline-run';
import { PIECE } from './text-pieces';
import { TextSearch } from './text-search';

export type { PlacedMention, TextSearch } from './text-search';

/**
 * The search of a candidate text node, with the text its inline run holds around it (a name
 * may be split across inline elements). A small node is searched whole, in one step; a huge
 * one a piece per step, and only where the prefilter found something, while the spans hold
 * (the node's text as long as when it was read).
 */
export function searchNode({ node, spans, length }: Candidate, matcher: Matcher): TextSearch<Text> {
  const text = node.data;
  const where = text.length > PIECE && text.length === length ? spans : null;
  return new TextSearch(node, text, matcher, where, runContext(node));
}
