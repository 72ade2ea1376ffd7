// NodeFilter and node-type constants (DOM spec values), inlined so any window works.
const SHOW_ELEMENT = 0x1;
const ELEMENT_NODE = 1;

/**
 * Walks the elements under `root` in document order, or backward from a start, a few at a
 * time: between two calls the page may change the DOM, even remove the element the walk
 * stands on. A TreeWalker standing on a removed element would walk on inside the detached
 * subtree and stop early, so {@link pause} marks the place with a live Range whose boundary
 * is inside that element, (element, 0). Setting it costs the same wherever the element is
 * among its siblings: a boundary given as (parent, index), as `setStartAfter` makes, costs
 * time in proportion to the index (seconds, summed over a walk through a parent with 170,000
 * children). When the page removes the element, the browser moves the boundary to where it
 * was, and the walk resumes from there.
 */
export class ElementWalker {
  private readonly walker: TreeWalker;
  private readonly mark: Range;
  /** The element the mark was set in, while the walk is paused there. */
  private paused: Node | null = null;
  private first: Element | null = null;
  private done = false;

  /**
   * Forward from `start` (itself first), or from the start of `root`; backward from just
   * before `start`, or from the end of `root`. `root` itself is never given.
   */
  constructor(
    private readonly root: Node,
    private readonly backward = false,
    start: Element | null = null,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT);
    this.mark = doc.createRange();
    if (start) {
      this.walker.currentNode = start;
      if (!backward) this.first = start;
    } else if (backward) {
      const last = this.deepestLast(root);
      if (last !== root) this.first = last as Element;
    }
  }

  /** The next element of the walk, or null at its end. */
  next(): Element | null {
    if (this.done) return null;
    let node: Node | null;
    if (this.first) {
      node = this.first;
      this.first = null;
    } else if (this.paused && this.mark.startContainer !== this.paused) node = this.resume();
    else node = this.backward ? this.walker.previousNode() : this.walker.nextNode();
    this.paused = null;
    if (node && node !== this.root) return node as Element;
    this.done = true;
    return null;
  }

  /** Marks the place before the page may run: O(1) whatever the element's siblings. */
  pause(): void {
    const node = this.walker.currentNode;
    if (this.done || this.first || node === this.root) return;
    this.mark.setStart(node, 0);
    this.paused = node;
  }

  /**
   * The first element not yet walked, from where the removed element was: forward, the node
   * just after the boundary (or what follows its container); backward, the deepest last
   * element before it (or the container itself).
   */
  private resume(): Node | null {
    const container = this.mark.startContainer;
    if (!this.root.contains(container)) return null; // the whole walk was removed
    const offset = this.mark.startOffset;
    const walker = this.walker;
    if (this.backward) {
      const before = container.childNodes[offset - 1];
      if (!before) {
        walker.currentNode = container;
        return container === this.root ? null : container;
      }
      walker.currentNode = before;
      return before.nodeType === ELEMENT_NODE ? this.deepestLast(before) : walker.previousNode();
    }
    const after = container.childNodes[offset];
    if (after) {
      walker.currentNode = after;
      return after.nodeType === ELEMENT_NODE ? after : walker.nextNode();
    }
    walker.currentNode = container;
    return this.skipSubtree();
  }

  /** The last element in document order inside `node` (or `node`); the walker stands on it. */
  private deepestLast(node: Node): Node {
    const walker = this.walker;
    walker.currentNode = node;
    while (walker.lastChild());
    return walker.currentNode;
  }

  /** Moves past the current node's subtree; returns the next element in document order. */
  private skipSubtree(): Node | null {
    const walker = this.walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }
}
