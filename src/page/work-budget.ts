/** Our share of the main thread while following a page's changes (see {@link WorkBudget}). */
export const FOLLOW_SHARE = 0.1;
/** Work we may do at once before the share applies, in ms. */
export const FOLLOW_BURST_MS = 50;

/**
 * Bounds the time we spend following a page's changes to a share of the main thread: a token
 * bucket that fills at `share` ms per ms of wall time up to `burstMs`, emptied by the time our
 * slices and batches take. A page that changes a little gets its changes read at once; a page
 * that changes without end (a mutation storm) gets at most `share` of the main thread from us,
 * its changes coalesced meanwhile. A first pass over a page is not held back (`relax()` until
 * it ends): its cost is bounded by the page's size, and the reader is waiting for it.
 */
export class WorkBudget {
  private tokens: number;
  private last: number;
  private strict = false;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly share = FOLLOW_SHARE,
    private readonly burstMs = FOLLOW_BURST_MS,
  ) {
    this.tokens = burstMs;
    this.last = now();
  }

  /** Takes `ms` of work off the budget. */
  spend(ms: number): void {
    this.refill();
    if (this.strict) this.tokens = Math.max(-this.burstMs, this.tokens - ms);
  }

  /** How long to wait before more work, in ms (0: go on now). */
  waitMs(): number {
    this.refill();
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.share);
  }

  /**
   * Not held back until {@link tighten}: a first pass. It starts with a full burst, so a debt
   * left by following an earlier page state (highlighting turned off and on in a storm) does
   * not hold it back either; the tokens stay full until the share applies.
   */
  relax(): void {
    this.strict = false;
    this.tokens = this.burstMs;
  }

  /** From now on the share applies (the first pass is over), starting from a full burst. */
  tighten(): void {
    this.strict = true;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burstMs, this.tokens + (now - this.last) * this.share);
    this.last = now;
  }
}

/**
 * A yield that also waits while the budget is spent (with a timer: the page's own tasks run
 * meanwhile, and the storm's changes collect into one later pass).
 */
export function pacedYield(
  budget: WorkBudget,
  yieldToMain: () => Promise<void>,
  win: Pick<Window, 'setTimeout'>,
): () => Promise<void> {
  return () => {
    const wait = budget.waitMs();
    if (wait === 0) return yieldToMain();
    return new Promise((resolve) => win.setTimeout(resolve, wait));
  };
}
