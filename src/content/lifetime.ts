/**
 * A signal that aborts when the extension really goes away (updated, disabled or removed).
 *
 * WXT's `ctx.signal` aborts then too, but also when the page's document receives WXT's
 * "a newer copy of this content script started" event, and any page can dispatch that event:
 * it needs only our public extension id. Alone, it would let a page switch us off on itself
 * without the reader's say. So an abort of `ctx.signal` counts only once `isAlive()` says our
 * extension context is gone; it is also checked every `periodMs`, since a forged event may
 * have already spent `ctx.signal` before the real end comes.
 */
export function extensionLifetime(
  ctxSignal: AbortSignal,
  isAlive: () => boolean,
  periodMs = 1_000,
): AbortSignal {
  const life = new AbortController();
  const check = () => {
    if (life.signal.aborted || isAlive()) return;
    clearInterval(timer);
    life.abort();
  };
  const timer = setInterval(check, periodMs);
  ctxSignal.addEventListener('abort', check, { once: true });
  check();
  return life.signal;
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
