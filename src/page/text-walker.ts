import { OWN_UI_TAG, SKIPPED_ELEMENTS } from './skip-rules';

// NodeFilter constants (DOM spec values), inlined so the walker works with any window.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const TEXT_NODE = 3;

/**
 * A TreeWalker over the text nodes under `root` that never enters skipped elements or our
 * UI, and reports each open shadow root it passes (TreeWalker does not descend into them).
 */
export function createTextWalker(
  root: Node,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const element = node as Element;
      const name = element.localName;
      if (SKIPPED_ELEMENTS.has(name) || name === OWN_UI_TAG) return FILTER_REJECT;
      const shadowRoot = element.shadowRoot;
      if (shadowRoot) onShadowRoot(shadowRoot);
      return FILTER_SKIP;
    },
  });
}

/** Text nodes under `root` in document order. */
export function* textNodesUnder(
  root: Node,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
): Generator<Text> {
  if (root.nodeType === TEXT_NODE) {
    yield root as Text;
    return;
  }
  const walker = createTextWalker(root, onShadowRoot);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/**
 * Text nodes under `root`, nearest to `anchor` first: alternating runs forward (below the
 * anchor) and backward (above it), so what the reader sees is painted first.
 */
export function* textNodesAround(
  root: Node,
  anchor: Node | null,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
  run = 32,
): Generator<Text> {
  if (!anchor || !root.contains(anchor) || anchor === root) {
    yield* textNodesUnder(root, onShadowRoot);
    return;
  }
  const below = createTextWalker(root, onShadowRoot);
  const above = createTextWalker(root, onShadowRoot);
  below.currentNode = anchor;
  above.currentNode = anchor;
  if (anchor.nodeType === TEXT_NODE) yield anchor as Text;
  let belowDone = false;
  let aboveDone = false;
  while (!belowDone || !aboveDone) {
    for (let i = 0; i < run && !belowDone; i += 1) {
      const node = below.nextNode();
      if (node) yield node as Text;
      else belowDone = true;
    }
    for (let i = 0; i < run && !aboveDone; i += 1) {
      const node = above.previousNode();
      if (node) yield node as Text;
      else aboveDone = true;
    }
  }
}
