/** How a sliced task measures time and gives the main thread back. */
export interface SliceOptions {
  /** Longest run of work between two yields, in ms. */
  budgetMs: number;
  signal: AbortSignal;
  now?: () => number;
  yieldToMain?: () => Promise<void>;
  /** Told the length of each slice, in ms (for the benchmark's own-slice figure). */
  onSlice?: (ms: number) => void;
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the main thread back: `scheduler.yield()` where present (continuation keeps its
 * priority, https://wicg.github.io/scheduling-apis/#dom-scheduler-yield), else a macrotask
 * through MessageChannel (setTimeout(0) is clamped to 4 ms once nested).
 */
export function defaultYield(win: typeof globalThis = globalThis): () => Promise<void> {
  const scheduler = (win as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    const yieldFn = scheduler.yield.bind(scheduler);
    return () => yieldFn();
  }
  return () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
}

/**
 * Runs `step` until it returns false, yielding whenever a slice has used its budget.
 * Resolves true when the work is done, false when the signal aborted it first.
 */
export async function runInSlices(step: () => boolean, options: SliceOptions): Promise<boolean> {
  const now = options.now ?? (() => performance.now());
  const yieldToMain = options.yieldToMain ?? defaultYield();
  for (;;) {
    if (options.signal.aborted) return false;
    const sliceStart = now();
    let more: boolean;
    do more = step();
    while (more && now() - sliceStart < options.budgetMs);
    options.onSlice?.(now() - sliceStart);
    if (!more) return true;
    await yieldToMain();
  }
}
