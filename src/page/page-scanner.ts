import type { HighlightPainter } from '../highlight/highlight-painter';
import type { Matcher } from '../matching/compile-matcher';
import { createPrefilter, type Prefilter } from '../matching/prefilter';
import { MentionIndex, type EntityCounts } from './mention-index';
import { MutationWatcher } from './mutation-watcher';
import { planRescan } from './mutation-plan';
import { createSkipCheck } from './skip-rules';
import { searchNode, type PlacedMention, type TextSearch } from './node-search';
import { paintMention } from './mention-range';
import { textsAround } from './run-followups';
import { candidatesAround, candidatesUnder, type CandidateSource } from './candidate-source';
import type { Candidate } from './hit-map';
import { defaultYield, runInSlices } from './slicer';
import { afterNextPaint, findViewportAnchor } from './viewport-anchor';

/** What the scanner needs; everything that touches the page is passed in. */
export interface ScannerOptions {
  doc: Document;
  /**
   * The matcher, asked for only once the prefilter finds something; undefined while it is not
   * loaded yet, and then `loadMatcher` is awaited before the search goes on.
   */
  matcher: () => Matcher | undefined;
  loadMatcher?: () => Promise<unknown>;
  /** Where a mention may start (default: the bundled first pass). */
  prefilter?: Prefilter;
  painter: HighlightPainter;
  /** Aborted when the extension is updated, disabled or removed: stop and clean up. */
  signal: AbortSignal;
  /**
   * Time after which a slice yields, in ms (default 6: the step that crosses it, and a cold
   * first slice, must still end within the 10 ms slice budget).
   */
  budgetMs?: number;
  /** Called with the counts after each completed pass that changed them. */
  onCounts?: (counts: EntityCounts) => void;
  /** Gives an open shadow root our highlight styles. */
  styleShadowRoot?: (root: ShadowRoot) => void;
  /** Above this many records in one batch, rescan their common subtree once. */
  massMutation?: number;
}

/**
 * Finds mentions in the page's text, keeps the mention index, paints through the painter and
 * follows the page's changes. Work runs in budgeted slices, nearest the viewport first.
 */
export class PageScanner {
  readonly index = new MentionIndex();
  private readonly watcher: MutationWatcher;
  private readonly shadowRoots = new Set<ShadowRoot>();

  /** The open shadow roots scanned so far (hit testing needs them). */
  get knownShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }
  private queue: CandidateSource[] = [];
  private readonly prefilter: Prefilter;
  private isSkipped = createSkipCheck();
  private pieces: TextSearch<Text> | undefined;
  /** A candidate waiting for the matcher to load. */
  private held: Candidate | undefined;
  private running: Promise<void> | undefined;
  private starting: Promise<void> | undefined;
  private busy = false;
  /** Longest slice of work so far, in ms, as measured by the scanner itself. */
  longestSliceMs = 0;
  /** Total time spent scanning and painting so far, in ms, by the scanner's own clock. */
  scanMs = 0;
  private enabled = false;
  private overflowed = false;
  /** The counts last reported: none at first, so a page that names nobody sends nothing. */
  private lastCounts = '0,0,0';

  constructor(private readonly options: ScannerOptions) {
    this.prefilter = options.prefilter ?? createPrefilter();
    const win = options.doc.defaultView as Window & typeof globalThis;
    this.watcher = new MutationWatcher(win, (records) => this.onMutations(records));
    options.signal.addEventListener('abort', () => this.disable(), { once: true });
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Starts highlighting: registers highlights, scans the page, follows its changes. */
  enable(): void {
    if (this.enabled || this.options.signal.aborted) return;
    this.enabled = true;
    this.options.painter.show();
    const root = this.root();
    this.watcher.observe(root);
    const win = this.options.doc.defaultView;
    const starting: Promise<void> = (win ? afterNextPaint(win) : Promise.resolve()).then(() => {
      // Turned off (and maybe on again) meanwhile: that later enable() does the scan.
      if (this.starting !== starting) return;
      this.starting = undefined;
      const anchor = findViewportAnchor(this.options.doc);
      this.schedule(candidatesAround(root, anchor, this.prefilter, this.onShadowRoot));
    });
    this.starting = starting;
  }

  /** Stops highlighting: every highlight goes at once, observers are disconnected. */
  disable(): void {
    this.enabled = false;
    this.starting = undefined;
    this.watcher.disconnect();
    this.queue = [];
    this.pieces = undefined;
    this.held = undefined;
    this.shadowRoots.clear();
    this.index.clear();
    this.options.painter.clear();
    this.overflowed = false;
    this.reportCounts();
  }

  /** Resolves once all scheduled work (including pending mutations) is done. */
  async whenIdle(): Promise<void> {
    for (;;) {
      await this.starting;
      this.watcher.flush(); // hands pending records over, which may schedule a run
      if (!this.running) return;
      await this.running;
    }
  }

  private root(): Node {
    const doc = this.options.doc;
    return doc.body ?? doc.documentElement;
  }

  private readonly onShadowRoot = (shadowRoot: ShadowRoot): void => {
    if (this.shadowRoots.has(shadowRoot)) return;
    this.shadowRoots.add(shadowRoot);
    this.options.styleShadowRoot?.(shadowRoot);
    this.watcher.observe(shadowRoot);
    this.schedule(candidatesUnder(shadowRoot, this.prefilter, this.onShadowRoot));
  };

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
        yieldToMain: defaultYield(this.options.doc.defaultView ?? globalThis),
        onSlice: (ms) => {
          this.longestSliceMs = Math.max(this.longestSliceMs, ms);
          this.scanMs += ms;
        },
      });
      // The slices stopped at a candidate the matcher is not loaded for: load it, go on.
      if (this.held && this.enabled) await this.whenMatcher();
    } finally {
      this.busy = false;
      this.running = undefined;
    }
    if (!this.enabled) return;
    this.options.painter.ensureRegistered();
    this.reportCounts();
    // Work scheduled while the last slice was finishing, or held for the matcher.
    if (this.queue.length > 0 || this.pieces || this.held) this.startRunning();
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
    const source = this.queue[0];
    if (!source) return false;
    const candidate = source.next();
    if (candidate === null) this.queue.shift();
    else if (candidate) return this.search(candidate);
    return true;
  }

  private async whenMatcher(): Promise<void> {
    const load = this.options.loadMatcher;
    if (!load) throw new Error('No matcher');
    await load();
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
    this.drop(node);
    if (mentions.length === 0 || !node.isConnected) return;
    const context = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
    if (!context || this.isSkipped(context)) return;
    const ranges = mentions.map((m) => this.paint(node, m));
    this.index.set(node, { mentions, ranges });
  }

  private paint(node: Text, mention: PlacedMention): AbstractRange | undefined {
    const range = paintMention(this.options.painter, node, mention);
    if (!range) this.overflowed = true;
    return range;
  }

  /** Forgets a node's entry and unpaints its ranges. */
  private drop(node: Text): void {
    const old = this.index.delete(node);
    old?.ranges.forEach((range, i) => {
      const mention = old.mentions[i];
      if (range && mention) this.options.painter.unpaint(mention.entityId, range);
    });
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.enabled) return;
    const plan = planRescan(records, this.options.massMutation ?? 1_000, this.index.holds);
    if (plan.sweep) this.sweep();
    // Across trees: the page and every shadow root we know (known roots are not re-reported).
    const everything = [this.root(), ...this.shadowRoots, ...plan.rescan];
    const around = plan.rescan.flatMap((target) => textsAround(target, this.index));
    for (const target of [...(plan.everything ? everything : plan.rescan), ...around]) {
      this.schedule(candidatesUnder(target, this.prefilter, this.onShadowRoot));
    }
    // A batch that only removed text schedules no run; the counts changed all the same.
    this.reportCounts();
  }

  /** Drops entries whose text left the page (or searches a split name again); repaints over-cap. */
  private sweep(): void {
    for (const node of this.index.stale()) {
      this.drop(node);
      if (node.isConnected) this.schedule(candidatesUnder(node, this.prefilter, this.onShadowRoot));
    }
    for (const root of this.shadowRoots) if (!root.host.isConnected) this.shadowRoots.delete(root);
    if (!this.overflowed) return;
    this.overflowed = false;
    for (const [node, entry] of this.index.entriesIter()) {
      entry.mentions.forEach((mention, i) => {
        if (!entry.ranges[i]) entry.ranges[i] = this.paint(node, mention);
      });
    }
  }

  private reportCounts(): void {
    const counts = this.index.counts();
    const key = `${counts.kazakhstan},${counts.tokayev},${counts.almaty}`;
    if (key === this.lastCounts) return;
    this.lastCounts = key;
    this.options.onCounts?.(counts);
  }
}
