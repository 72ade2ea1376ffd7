/** The content script's life: a signal, and periodic checks that start when there is work. */
export interface Lifetime {
  /** Aborts when the extension really goes away (updated, disabled or removed). */
  readonly signal: AbortSignal;
  /**
   * Starts checking every period (once something is painted: a page with nothing of ours on
   * it runs no timer). Calling it again does nothing.
   */
  watch(): void;
}

/**
 * A signal that aborts when the extension really goes away (updated, disabled or removed).
 *
 * WXT's `ctx.signal` aborts then too, but also when the page's document receives WXT's
 * "a newer copy of this content script started" event, and any page can dispatch that event:
 * it needs only our public extension id. Alone, it would let a page switch us off on itself
 * without the reader's say. So an abort of `ctx.signal` counts only once `isAlive()` says our
 * extension context is gone; once watched, it is also checked every `periodMs`, since a forged
 * event may have already spent `ctx.signal` before the real end comes.
 */
export function extensionLifetime(
  ctxSignal: AbortSignal,
  isAlive: () => boolean,
  periodMs = 1_000,
): Lifetime {
  const life = new AbortController();
  let timer: ReturnType<typeof setInterval> | undefined;
  const check = () => {
    if (life.signal.aborted || isAlive()) return;
    clearInterval(timer);
    life.abort();
  };
  ctxSignal.addEventListener('abort', check, { once: true });
  check();
  return {
    signal: life.signal,
    watch() {
      if (timer !== undefined || life.signal.aborted) return;
      timer = setInterval(check, periodMs);
      check();
    },
  };
}

/** Whether this content script's extension context still exists (false once it is invalidated). */
export function runtimeAlive(runtime: () => { id?: string } | undefined): () => boolean {
  return () => {
    try {
      return Boolean(runtime()?.id);
    } catch {
      return false;
    }
  };
}
