/** Custom elements watched at once, at most: memory and the per-batch check stay bounded. */
export const MAX_WATCHED_HOSTS = 2_000;
/** Checks after a host is first watched: at 0.25, 0.5, 1, 2, 4 and 8 s, then no more. */
const FIRST_CHECK_MS = 250;
const LAST_CHECK_MS = 8_000;

/**
 * Finds open shadow roots attached after their host was read. Attaching one makes no mutation
 * record, so custom elements met without a root (not yet defined, or rendering later) are
 * watched: a ResizeObserver tells when a block host changes size, as it usually does once its
 * root renders; every batch of the page's changes checks them all (a property read each); and
 * a few checks, backing off, follow the first watch (an inline host has no size to observe,
 * and a page may define its elements a little after loading without changing anything else).
 * What is not found: a root attached to a plain element (`div.attachShadow`) already read,
 * until that element is added again; or to a custom element more than ~15 s after it was
 * read, while the page changes nothing else and its size stays the same.
 */
export class LateShadowRoots {
  private readonly pending = new Set<Element>();
  private readonly resize: ResizeObserver | undefined;
  private timer: number | undefined;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly onFound: (shadowRoot: ShadowRoot) => void,
  ) {
    if (typeof win.ResizeObserver === 'function') {
      this.resize = new win.ResizeObserver((entries) => {
        for (const entry of entries) this.checkOne(entry.target);
      });
    }
  }

  /** Watches a custom element that has no open shadow root yet. */
  watch(host: Element): void {
    if (this.pending.has(host) || this.pending.size >= MAX_WATCHED_HOSTS) return;
    this.pending.add(host);
    this.resize?.observe(host);
    if (this.timer === undefined) this.later(FIRST_CHECK_MS);
  }

  /** Checks every watched host; those with a root, or gone from the page, are let go. */
  check(): void {
    for (const host of this.pending) this.checkOne(host);
  }

  /** How many hosts are watched now. */
  get size(): number {
    return this.pending.size;
  }

  clear(): void {
    this.pending.clear();
    this.resize?.disconnect();
    if (this.timer !== undefined) this.win.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private later(delayMs: number): void {
    this.timer = this.win.setTimeout(() => {
      this.check();
      const next = delayMs * 2;
      // Stops once nothing is watched or the last check is done (a new watch starts again).
      this.timer = undefined;
      if (this.pending.size > 0 && next <= LAST_CHECK_MS) this.later(next);
    }, delayMs);
  }

  private checkOne(host: Element): void {
    const shadowRoot = host.shadowRoot;
    if (!shadowRoot && host.isConnected) return;
    this.pending.delete(host);
    this.resize?.unobserve(host);
    // A host added again later is read again, and watched again if it still has no root.
    if (shadowRoot) this.onFound(shadowRoot);
  }
}
