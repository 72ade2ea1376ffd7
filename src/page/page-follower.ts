import { planRescan } from './mutation-plan';
import { renewableListeners } from './root-element-watch';
import { ScanRoot } from './scan-root';
import type { ShadowTrees } from './shadow-trees';

/** What one batch of the page's changes asks of the scanner. */
export interface FollowPlan {
  /** Nodes left, or the body changed: drop entries whose text left the page. */
  sweep: boolean;
  /** Subtrees (or text nodes) to read again, each once. */
  targets: Iterable<Node>;
}

/**
 * Turns batches of the page's changes into work, across what the records alone do not say:
 * a body swapped in (the Document is observed, see scan-root.ts), shadow roots attached
 * meanwhile (shadow-trees.ts) and `document.designMode`, which is no attribute: it is compared
 * at each batch, and on `selectionchange`, which the reader's first click into an editable
 * document fires.
 */
export class PageFollower {
  private designMode = '';
  private readonly scanRoot: ScanRoot;
  /** Adds the caret listener afresh (set by {@link listen}). */
  private renewListener: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    private readonly shadowTrees: ShadowTrees,
    private readonly massThreshold: number,
  ) {
    this.scanRoot = new ScanRoot(doc);
  }

  /** The body (or root element) read now. */
  get root(): Node {
    return this.scanRoot.node;
  }

  /** What to observe: the Document itself, whatever becomes of its children. */
  get observed(): Node {
    return this.scanRoot.observed;
  }

  /** Takes the page as it is now as the starting point. */
  start(): void {
    this.scanRoot.moved();
    this.designMode = this.doc.designMode;
  }

  /** Calls `onChange` when the reader meets a document whose designMode changed. */
  listen(signal: AbortSignal, onChange: () => void): void {
    const check = () => {
      if (this.doc.designMode !== this.designMode) onChange();
    };
    this.renewListener = renewableListeners(signal, (current) =>
      this.doc.addEventListener('selectionchange', check, { passive: true, signal: current }),
    );
    this.renewListener();
  }

  /** The document was rewritten (`document.open()` erased every listener): listen again. */
  relisten(): void {
    this.renewListener();
  }

  /** The work a batch of records asks for (an empty batch: only what records cannot say). */
  plan(records: readonly MutationRecord[], isIndexed: (node: Node) => boolean): FollowPlan {
    this.shadowTrees.check(); // roots attached meanwhile make no record of their own
    const plan = planRescan(records, this.massThreshold, isIndexed);
    // A new body (swapped, document rewritten): the old one's entries go, it is read whole.
    const moved = this.scanRoot.moved();
    const mode = this.doc.designMode;
    const modeChanged = mode !== this.designMode;
    this.designMode = mode;
    // Across trees: the body and every shadow root we know (not re-reported when changed).
    const all = plan.everything || modeChanged;
    const everything = all ? [this.scanRoot.node, ...this.shadowTrees.roots] : [];
    return {
      sweep: plan.sweep || moved,
      targets: this.scanRoot.targets([...everything, ...plan.rescan], moved),
    };
  }
}
