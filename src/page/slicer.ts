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

/** A long task, in ms (https://w3c.github.io/longtasks/): what a slice must stay under. */
export const LONG_TASK_MS = 50;

/**
 * What a sliced task's slices took, by its own clock: how many, how long in all, the longest,
 * and how many reached a long task. A slice's time includes what the engine does inside it
 * (a garbage collection our allocations start, a page's other thread preempting ours).
 */
export class SliceStats {
  count = 0;
  totalMs = 0;
  longestMs = 0;
  longCount = 0;

  add(ms: number): void {
    this.count += 1;
    this.totalMs += ms;
    this.longestMs = Math.max(this.longestMs, ms);
    if (ms >= LONG_TASK_MS) this.longCount += 1;
  }
}
