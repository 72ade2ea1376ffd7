import { createPrefilter, type Prefilter } from '../matching/prefilter';
import { MentionIndex, type EntityCounts } from './mention-index';
import type { ScannerOptions } from './scanner-options';
import { MutationWatcher } from './mutation-watcher';
import { PageFollower } from './page-follower';
import { CountsReport } from './counts-report';
import { ShadowTrees } from './shadow-trees';
import { createSkipCheck } from './skip-rules';
import { searchNode, type PlacedMention, type TextSearch } from './node-search';
import { PaintedMentions } from './painted-mentions';
import { textsAround } from './run-followups';
import { candidatesAround, candidatesUnder, type CandidateSource } from './candidate-source';
import { pacedYield, WorkBudget } from './work-budget';
import { WorkQueue } from './work-queue';
import type { Candidate } from './hit-map';
import { defaultYield, runInSlices, SliceStats } from './slicer';
import { afterNextPaint, findViewportAnchor } from './viewport-anchor';

export type { ScannerOptions } from './scanner-options';

/**
 * Finds mentions in the page's text, keeps the mention index, paints through the painter and
 * follows the page's changes. Work runs in budgeted slices, nearest the viewport first.
 */
export class PageScanner {
  readonly index = new MentionIndex();
  private readonly painted: PaintedMentions;
  private readonly watcher: MutationWatcher;
  private readonly shadowTrees: ShadowTrees;
  private readonly follower: PageFollower;

  /** The open shadow roots scanned so far (hit testing needs them). */
  get knownShadowRoots(): ShadowRoot[] {
    return this.shadowTrees.roots;
  }
  private readonly queue = new WorkQueue((node) =>
    candidatesUnder(node, this.prefilter, this.shadowTrees.sink),
  );
  private readonly budget = new WorkBudget(); // paces the following of the page's changes
  private readonly win: Window & typeof globalThis;
  private readonly prefilter: Prefilter;
  private isSkipped = createSkipCheck();
  private pieces: TextSearch<Text> | undefined;
  /** A candidate waiting for the matcher to load. */
  private held: Candidate | undefined;
  private running: Promise<void> | undefined;
  private starting: Promise<void> | undefined;
  private busy = false;
  /** The slices of scanning and painting work so far, by the scanner's own clock. */
  readonly slices = new SliceStats();
  private enabled = false;
  private readonly counts: CountsReport;

  constructor(private readonly options: ScannerOptions) {
    this.prefilter = options.prefilter ?? createPrefilter();
    this.painted = new PaintedMentions(this.index, options.painter, options);
    const win = (this.win = options.doc.defaultView as Window & typeof globalThis);
    const spend = (ms: number) => this.budget.spend(ms);
    this.counts = new CountsReport(this.index, options.onCounts, win, spend);
    this.watcher = new MutationWatcher(win, (batch) => this.onMutations(batch), this.budget);
    this.shadowTrees = new ShadowTrees(win, (shadowRoot) => {
      this.options.styleShadowRoot?.(shadowRoot);
      this.watcher.observe(shadowRoot);
      this.schedule(candidatesUnder(shadowRoot, this.prefilter, this.shadowTrees.sink));
    });
    const mass = options.massMutation ?? 1_000;
    this.follower = new PageFollower(options.doc, this.shadowTrees, mass);
    this.follower.listen(options.signal, () => this.onMutations([]));
    options.signal.addEventListener('abort', () => this.disable(), { once: true });
  }

  /** The document was rewritten (`document.open()` erased every listener): listen again. */
  relisten(): void {
    this.follower.relisten();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Starts highlighting: registers highlights, scans the page, follows its changes. */
  enable(): void {
    if (this.enabled || this.options.signal.aborted) return;
    this.enabled = true;
    this.options.painter.show();
    this.budget.relax(); // a first pass runs unpaced
    this.follower.start();
    const root = this.follower.root;
    this.watcher.observe(this.follower.observed);
    const starting: Promise<void> = afterNextPaint(this.win).then(() => {
      // Turned off (and maybe on again) meanwhile: that later enable() does the scan.
      if (this.starting !== starting) return;
      this.starting = undefined;
      const anchor = findViewportAnchor(this.options.doc);
      this.schedule(candidatesAround(root, anchor, this.prefilter, this.shadowTrees.sink));
    });
    this.starting = starting;
  }

  /** Stops highlighting: every highlight goes at once, observers are disconnected. */
  disable(): void {
    this.enabled = false;
    this.starting = undefined;
    this.watcher.disconnect();
    this.queue.clear();
    this.pieces = undefined;
    this.held = undefined;
    this.shadowTrees.clear();
    this.painted.clear();
    this.counts.reportNow();
  }

  /** Resolves once all scheduled work (including pending mutations) is done. */
  async whenIdle(): Promise<void> {
    for (;;) {
      await this.starting;
      this.watcher.flush(); // hands pending records over, which may schedule a run
      if (!this.running) return this.counts.settled();
      await this.running;
    }
  }

  private schedule(nodes: CandidateSource): void {
    if (!this.enabled) return;
    this.queue.push(nodes);
    this.startRunning();
  }

  private startRunning(): void {
    // The flag is set before run() starts its first slice synchronously, so work scheduled
    // from inside that slice (a shadow root found) joins the queue instead of nesting a run.
    if (this.busy) return;
    this.busy = true;
    // Nothing we do may surface as an error in the page's console: on a failure, stop quietly.
    this.running = this.run().catch(() => this.disable());
  }

  private async run(): Promise<void> {
    this.isSkipped = createSkipCheck();
    try {
      await runInSlices(() => this.step(), {
        budgetMs: this.options.budgetMs ?? 6,
        signal: this.options.signal,
        yieldToMain: pacedYield(this.budget, defaultYield(this.win), this.win),
        onSlice: (ms) => {
          this.slices.add(ms);
          this.budget.spend(ms);
        },
      });
      // The slices stopped at a candidate the matcher is not loaded for: load it, go on.
      if (this.held && this.enabled) await (this.options.loadMatcher ?? noMatcher)();
    } finally {
      this.busy = false;
      this.running = undefined;
    }
    if (!this.enabled) return;
    this.options.painter.ensureRegistered();
    this.counts.report();
    // Work scheduled while the last slice was finishing, or held for the matcher; else
    // following the page is paced.
    if (this.queue.length > 0 || this.pieces || this.held) this.startRunning();
    else this.budget.tighten();
  }

  /**
   * One unit of work: a piece of the prefilter's pass, one candidate text node, or one piece
   * of a huge one. False when nothing is left.
   */
  private step(): boolean {
    if (!this.enabled) return false;
    const held = this.held;
    if (held) {
      this.held = undefined;
      return this.search(held);
    }
    const pieces = this.pieces;
    if (pieces) {
      const mentions = pieces.next();
      if (mentions) {
        this.pieces = undefined;
        this.indexText(pieces.node, mentions);
      }
      return true;
    }
    const source = this.queue.head();
    if (!source) return false;
    const candidate = source.next();
    if (candidate === null) this.queue.shift();
    else if (candidate) return this.search(candidate);
    return true;
  }

  /**
   * Starts the search of a candidate text node (a small one takes the next step, a huge more).
   * False when the matcher is not loaded yet: the candidate is held, and the slices stop.
   */
  private search(candidate: Candidate): boolean {
    if (!candidate.node.isConnected) return true;
    const matcher = this.options.matcher();
    if (!matcher) {
      this.held = candidate;
      return false;
    }
    this.pieces = searchNode(candidate, matcher);
    return true;
  }

  private indexText(node: Text, mentions: readonly PlacedMention[]): void {
    const context = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
    const stands = node.isConnected && context !== null && !this.isSkipped(context);
    this.painted.set(node, mentions.length > 0 && stands ? mentions : []);
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.enabled) return;
    const plan = this.follower.plan(records, this.index.holds);
    if (plan.sweep) this.sweep();
    const targets = [...plan.targets];
    // A name split across inline elements may join or leave the text beside a change.
    const around = targets.flatMap((target) => textsAround(target, this.index));
    for (const target of [...targets, ...around]) this.queue.pushNode(target, this.follower.root);
    if (this.queue.length > 0) this.startRunning();
    this.counts.report(); // a batch that only removed text schedules no run
  }

  /**
   * Drops entries whose text left what we read, or whose split name lost a piece (its first
   * node, still read, is searched again); repaints over-cap mentions into freed slots.
   */
  private sweep(): void {
    const gone = new Set(this.index.stale());
    for (const node of this.index.nodes()) if (!this.shadowTrees.reads(node)) gone.add(node);
    for (const node of gone) {
      this.painted.drop(node);
      if (this.shadowTrees.reads(node)) this.queue.pushNode(node, this.follower.root);
    }
    this.shadowTrees.sweep();
    this.painted.repaintOverCap();
  }

  /** Counts of the mentions a reader can see (rendered-text.ts); the index keeps them all. */
  visibleCounts(): EntityCounts {
    return this.counts.visible();
  }
}

const noMatcher = (): Promise<never> => Promise.reject(new Error('No matcher to load'));
