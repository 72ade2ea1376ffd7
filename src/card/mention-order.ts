import type { EntityId } from '../dossier/types';
import type { MentionIndex } from '../page/mention-index';

/** One mention: its text node and its place in the node's entry. */
export interface MentionRef {
  node: Text;
  position: number;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** The node and the shadow hosts around it, outermost first (the first is in the document). */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
    chain.push(root.host);
  }
  return chain.reverse();
}

/**
 * Document order across shadow roots: negative when `a` comes first. `compareDocumentPosition`
 * calls nodes in different trees "disconnected", so compare the two nodes' outermost differing
 * ancestors in the first tree they share (a host comes before what its shadow root holds).
 */
export function compareTreeOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; ; i += 1) {
    const x = chainA[i];
    const y = chainB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & 4) return -1; // DOCUMENT_POSITION_FOLLOWING: y follows x
    if (position & 2) return 1; // DOCUMENT_POSITION_PRECEDING
    return 0;
  }
}

function compareRefs(a: MentionRef, b: MentionRef): number {
  return a.node === b.node ? a.position - b.position : compareTreeOrder(a.node, b.node);
}

/**
 * The mention after (`direction` 1) or before (-1) `from` in document order, wrapping around
 * at the end; the first (or last) one when `from` is undefined or has left the index. One pass
 * over the index, no sorting: it only runs on a key press, and the index has no change counter
 * to cache a sorted copy against.
 */
export function adjacentMention(
  index: MentionIndex,
  from: MentionRef | undefined,
  direction: 1 | -1,
  accept: (entityId: EntityId, node: Text) => boolean = () => true,
): MentionRef | undefined {
  const start = from && from.node.isConnected && index.get(from.node) ? from : undefined;
  let nearest: MentionRef | undefined;
  let first: MentionRef | undefined;
  // "Before" in the walking direction: for -1 every comparison is mirrored.
  const before = (a: MentionRef, b: MentionRef) => compareRefs(a, b) * direction < 0;
  for (const [node, entry] of index.entriesIter()) {
    if (!node.isConnected) continue;
    entry.mentions.forEach((mention, position) => {
      if (!accept(mention.entityId, node)) return;
      const ref = { node, position };
      if (!first || before(ref, first)) first = ref;
      if (start && before(start, ref) && (!nearest || before(ref, nearest))) nearest = ref;
    });
  }
  return nearest ?? first;
}
