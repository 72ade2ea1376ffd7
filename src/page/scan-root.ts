const DOCUMENT_FRAGMENT_NODE = 11;

/** The part of a document we read: its body, else its root element (frameset, SVG or XML). */
function readRoot(doc: Document): Node {
  return doc.body ?? doc.documentElement ?? doc;
}

/**
 * Follows the document's current body. Pages swap it (`body.replaceWith`, Turbo and pjax
 * navigations), replace their root element, or rewrite the whole document
 * (`document.open/write/close`); the Document node itself stays, so we observe it and ask,
 * after each batch of changes, whether the body we read is still the document's.
 */
export class ScanRoot {
  private current: Node;

  constructor(private readonly doc: Document) {
    this.current = readRoot(doc);
  }

  /** What is observed: the Document, whatever becomes of its children. */
  get observed(): Node {
    return this.doc;
  }

  /** The body (or root element) read now. */
  get node(): Node {
    return this.current;
  }

  /** True when the document's body changed since the last call (the new one is read now). */
  moved(): boolean {
    const now = readRoot(this.doc);
    if (now === this.current) return false;
    this.current = now;
    return true;
  }

  /**
   * What a changed node asks us to read: itself inside the body or an open shadow root; the
   * whole body when the node holds it (a new root element); nothing outside it (the head, a
   * title, a stylesheet).
   */
  clamp(node: Node): Node | null {
    const root = this.current;
    if (root.contains(node)) return node;
    if (node.contains(root)) return root;
    const top = node.getRootNode();
    const inShadow = top.nodeType === DOCUMENT_FRAGMENT_NODE && (top as ShadowRoot).host;
    return inShadow ? node : null;
  }

  /**
   * The subtrees to read for `changed` nodes, each once, within what we read; the whole body
   * first when it was just `moved`.
   */
  targets(changed: Iterable<Node>, moved: boolean): Set<Node> {
    const targets = new Set<Node>(moved ? [this.current] : []);
    for (const node of changed) {
      const within = this.clamp(node);
      // A moved body is read whole already: only other trees (shadow roots) are added.
      if (within && !(moved && this.current.contains(within))) targets.add(within);
    }
    return targets;
  }
}
