import { LateShadowRoots } from './late-shadow-roots';
import type { ShadowRootSink } from './text-chunks';

/**
 * The open shadow roots we read: each is reported once to `onNew` (to be styled, observed and
 * read), whether the walk passed it or it was attached later to a watched custom element.
 */
export class ShadowTrees {
  private readonly known = new Set<ShadowRoot>();
  private readonly late: LateShadowRoots;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly onNew: (shadowRoot: ShadowRoot) => void,
  ) {
    this.late = new LateShadowRoots(win, (shadowRoot) => this.add(shadowRoot));
  }

  /** What the walk reports to: a root to read, or a custom element that may get one later. */
  readonly sink: ShadowRootSink = (shadowRoot, host) => {
    if (shadowRoot) this.add(shadowRoot);
    else this.late.watch(host);
  };

  /** The roots read so far. */
  get roots(): ShadowRoot[] {
    return [...this.known];
  }

  /** After a batch of the page's changes: looks for roots attached meanwhile. */
  check(): void {
    this.late.check();
  }

  /**
   * Whether `node` is in a tree we read: the document, or an open shadow root we know. Text
   * moved into a same-origin iframe (another document) or a closed shadow root the page made
   * is still connected, but not ours to count.
   */
  reads(node: Node): boolean {
    if (!node.isConnected) return false;
    const root = node.getRootNode();
    return root === this.win.document || this.known.has(root as ShadowRoot);
  }

  /** Forgets roots whose host left the page. */
  sweep(): void {
    for (const root of this.known) if (!root.host.isConnected) this.known.delete(root);
  }

  clear(): void {
    this.known.clear();
    this.late.clear();
  }

  private add(shadowRoot: ShadowRoot): void {
    if (this.known.has(shadowRoot)) return;
    this.known.add(shadowRoot);
    this.onNew(shadowRoot);
  }
}
