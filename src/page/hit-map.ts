import type { Span } from '../matching/prefilter';
import { NAME_REACH } from './text-search';
import type { Point } from './text-chunks';

// What Range.toString() joins: Text nodes, CDATA sections included (NodeFilter values).
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** A text node where a mention may be, and where in it (offsets into the node); null: anywhere. */
export interface Candidate {
  readonly node: Text;
  readonly spans: readonly Span[] | null;
  /** The node's length when the spans were found (they hold only while it is unchanged). */
  readonly length: number;
  /**
   * Whether a span of the joined text ends within NAME_REACH before the node, where a name
   * that runs on into the node may start (undefined: not known, so it may).
   */
  readonly spanBefore?: boolean;
}

/** A text node of a joined text and its length when the text was read. */
export type Piece = readonly [Text, number];

/**
 * The text nodes under `root` from `point` on, in document order, with their lengths: the
 * pieces a `Range.toString()` starting there joined. The walk is lazy: a caller stops once
 * past the part it needs.
 */
export function* textFrom(root: Node, point: Point): Generator<Piece> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT_AND_CDATA);
  // Chunks start at (element or root, offset): the node at that index comes first, else
  // whatever follows the container.
  const [container, offset] = point;
  const at = container.childNodes[offset];
  let node: Node | null;
  if (at) {
    walker.currentNode = at;
    node = at.nodeType === TEXT_NODE || at.nodeType === CDATA_NODE ? at : walker.nextNode();
  } else {
    // Past the container's last child: the walker shows text only, so its next sibling is the
    // first text after the container, found by climbing out of elements (never past the root).
    walker.currentNode = container;
    node = walker.nextSibling();
  }
  for (; node; node = walker.nextNode()) yield [node as Text, (node as Text).length];
}

/**
 * Which text nodes the spans of a joined text fall in. `pieces` are the nodes the text was
 * joined from, in order, with their lengths then; `spans` are offsets into the joined text (none
 * empty), in order of their start. A span over several nodes marks each of them, clipped to the
 * node. Stops reading `pieces` after the last span.
 */
export function mapSpans(pieces: Iterable<Piece>, spans: readonly Span[]): Candidate[] {
  const candidates: Candidate[] = [];
  let next = 0;
  let active: Span[] = [];
  let offset = 0;
  let reach = -Infinity; // the furthest end of a span that starts before the current node
  for (const [node, length] of pieces) {
    const end = offset + length;
    const spanBefore = reach > offset - NAME_REACH;
    for (let span = spans[next]; span && span.start < end; span = spans[++next]) active.push(span);
    for (const span of active) reach = Math.max(reach, span.end);
    // Every active span overlaps this node: it starts before the node's end (above) and was
    // kept from the node before only if it ends after that node's end (below).
    if (active.length > 0) {
      const local = active.map((span) => ({
        start: Math.max(0, span.start - offset),
        end: Math.min(length, span.end - offset),
      }));
      candidates.push({ node, spans: local, length, spanBefore });
    }
    active = active.filter((span) => span.end > end);
    offset = end;
    if (next >= spans.length && active.length === 0) break;
  }
  return candidates;
}
