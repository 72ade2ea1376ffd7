import { SKIPPED_ELEMENTS } from './skip-rules';

// NodeFilter and node-type constants (DOM spec values), inlined so any window works.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A source of text nodes for the scanner: `next()` gives one, or null when done. */
export interface TextSource {
  next(): Text | null;
  /** Called before the scanner yields: the page may change the DOM until the next call. */
  pause?(): void;
}

const isSkipped = (element: Element) => SKIPPED_ELEMENTS.has(element.localName);

/**
 * Walks the text nodes under `root`, forward or backward from a start node. A TreeWalker
 * without a filter callback is used (a JS filter costs a C++-to-JS call per node, about as
 * much as the rest of the walk); skipped elements are passed over here instead: forward, their
 * subtree is jumped; backward, text is dropped by its parent's name. Deeper skipped contexts
 * (an editor, svg text) are caught when a mention is found. Open shadow roots met on the way
 * are reported, since TreeWalker does not enter them.
 */
export class TextWalker implements TextSource {
  private readonly walker: TreeWalker;
  private done = false;
  /**
   * A live Range just past where the walk paused. If the page removes the walker's current
   * node between two slices, a TreeWalker stepping from it would stay in the detached subtree
   * and stop; the range has moved to where the node was, so the walk resumes from there. Set
   * once per pause, not per node: updating a live Range costs far more than the walk itself.
   */
  private bookmark: Range | undefined;

  constructor(
    root: Node,
    private readonly onShadowRoot: (shadowRoot: ShadowRoot) => void,
    private readonly backward = false,
    start?: Node,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    if (start) this.walker.currentNode = start;
    if (root.nodeType === ELEMENT_NODE) this.visitElement(root as Element);
  }

  next(): Text | null {
    if (this.done) return null;
    const walker = this.walker;
    let node =
      this.bookmark && !walker.currentNode.isConnected
        ? this.resume(this.bookmark)
        : this.backward
          ? walker.previousNode()
          : walker.nextNode();
    while (node) {
      if (node.nodeType === TEXT_NODE) {
        const parent = node.parentNode;
        if (!parent || parent.nodeType !== ELEMENT_NODE || !isSkipped(parent as Element)) {
          return node as Text;
        }
      } else if (node.nodeType === ELEMENT_NODE && !this.visitElement(node as Element)) {
        if (!this.backward) {
          node = this.skipSubtree();
          continue;
        }
      }
      node = this.backward ? walker.previousNode() : walker.nextNode();
    }
    this.done = true;
    this.bookmark = undefined;
    return null;
  }

  pause(): void {
    const node = this.walker.currentNode;
    if (this.done || !node.parentNode) return;
    this.bookmark ??= (node.ownerDocument ?? document).createRange();
    if (this.backward) this.bookmark.setEndBefore(node);
    else this.bookmark.setStartAfter(node);
  }

  /**
   * Puts the walker where the removed node was and returns the first node not yet looked at
   * in walking order: forward, the node just after the boundary (or whatever follows its
   * container); backward, the deepest last node before it (or the container itself).
   */
  private resume(bookmark: Range): Node | null {
    const walker = this.walker;
    if (this.backward) {
      const before = bookmark.endContainer.childNodes[bookmark.endOffset - 1];
      walker.currentNode = before ?? bookmark.endContainer;
      if (before) while (walker.lastChild());
      return walker.currentNode;
    }
    const after = bookmark.startContainer.childNodes[bookmark.startOffset];
    walker.currentNode = after ?? bookmark.startContainer;
    return after ?? this.skipSubtree();
  }

  /** Reports a shadow root; false when the element's subtree is skipped. */
  private visitElement(element: Element): boolean {
    if (isSkipped(element)) return false;
    const shadowRoot = element.shadowRoot;
    if (shadowRoot) this.onShadowRoot(shadowRoot);
    return true;
  }

  /** Moves past the current node's subtree; returns the next node in document order. */
  private skipSubtree(): Node | null {
    const walker = this.walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }
}

/** Text nodes under `root` (or `root` itself when it is text), in document order. */
export function textUnder(root: Node, onShadowRoot: (shadowRoot: ShadowRoot) => void): TextSource {
  if (root.nodeType === TEXT_NODE) {
    let given: Text | null = root as Text;
    return {
      next() {
        const node = given;
        given = null;
        return node;
      },
    };
  }
  return new TextWalker(root, onShadowRoot);
}

/**
 * Text nodes under `root`, nearest to `anchor` first: alternating runs below the anchor and
 * above it, so that what the reader sees is painted first.
 */
export function textAround(
  root: Node,
  anchor: Node | null,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
  run = 32,
): TextSource {
  if (!anchor || anchor === root || !root.contains(anchor)) return textUnder(root, onShadowRoot);
  const below = new TextWalker(root, onShadowRoot, false, anchor);
  const above = new TextWalker(root, onShadowRoot, true, anchor);
  let first: Text | null = anchor.nodeType === TEXT_NODE ? (anchor as Text) : null;
  let count = 0;
  let belowDone = false;
  let aboveDone = false;
  return {
    pause() {
      below.pause();
      above.pause();
    },
    next() {
      if (first) {
        const node = first;
        first = null;
        return node;
      }
      while (!belowDone || !aboveDone) {
        const fromBelow = aboveDone || (!belowDone && Math.floor(count / run) % 2 === 0);
        count += 1;
        const node = fromBelow ? below.next() : above.next();
        if (node) return node;
        if (fromBelow) belowDone = true;
        else aboveDone = true;
      }
      return null;
    },
  };
}
