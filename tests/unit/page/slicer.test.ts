import { describe, expect, it } from 'vitest';
import { defaultYield, LONG_TASK_MS, runInSlices, SliceStats } from '../../../src/page/slicer';

describe('runInSlices', () => {
  it('yields whenever a slice has used its budget, and finishes the work', async () => {
    let clock = 0;
    let yields = 0;
    let work = 10;
    const done = await runInSlices(
      () => {
        clock += 3; // each step costs 3 ms
        work -= 1;
        return work > 0;
      },
      {
        budgetMs: 8,
        signal: new AbortController().signal,
        now: () => clock,
        yieldToMain: async () => {
          yields += 1;
        },
      },
    );
    expect(done).toBe(true);
    expect(work).toBe(0);
    // 3 steps per slice (3, 6, 9 ms): 10 steps need 4 slices, so 3 yields.
    expect(yields).toBe(3);
  });

  it('stops between slices once the signal aborts', async () => {
    const controller = new AbortController();
    let steps = 0;
    const done = await runInSlices(
      () => {
        steps += 1;
        return true;
      },
      {
        budgetMs: 0,
        signal: controller.signal,
        yieldToMain: async () => controller.abort(),
      },
    );
    expect(done).toBe(false);
    expect(steps).toBe(1);
  });

  it.each([
    [9, 3, 10, [9, 9, 9, 3], 'a step that ends exactly on the budget closes the slice'],
    [10, 3, 10, [12, 12, 6], 'a slice runs past its budget only by the step that crossed it'],
    [1, 5, 3, [5, 5, 5], 'a step longer than the budget is a slice of its own'],
  ])(
    'with a %i ms budget, %i ms steps and %i steps, reports slices of %j ms (%s)',
    async (budgetMs, stepMs, steps, slices) => {
      let clock = 1000; // the clock does not start at 0, as performance.now() never does
      let work = steps;
      const seen: number[] = [];
      await runInSlices(
        () => {
          clock += stepMs;
          work -= 1;
          return work > 0;
        },
        {
          budgetMs,
          signal: new AbortController().signal,
          now: () => clock,
          yieldToMain: async () => {
            clock += 100; // time spent by others between slices is no slice's
          },
          onSlice: (ms) => seen.push(ms),
        },
      );
      expect(seen).toEqual(slices);
    },
  );
});

describe('defaultYield', () => {
  it('uses scheduler.yield() where the window has it, called on the scheduler', async () => {
    const calls: unknown[] = [];
    const scheduler = {
      yield(this: unknown) {
        calls.push(this);
        return Promise.resolve();
      },
    };
    const yieldToMain = defaultYield({ scheduler } as unknown as typeof globalThis);
    await yieldToMain();
    await yieldToMain();
    expect(calls).toEqual([scheduler, scheduler]);
  });

  it.each<[object, string]>([
    [{}, 'no scheduler'],
    [{ scheduler: {} }, 'a scheduler without yield()'],
    [{ scheduler: { yield: 'soon' } }, 'a yield that is not a function'],
  ])('falls back to a macrotask with %j (%s), after pending microtasks', async (win) => {
    const order: string[] = [];
    const yielded = defaultYield(win as unknown as typeof globalThis)().then(() =>
      order.push('yielded'),
    );
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'yielded']);
  });
});

describe('SliceStats', () => {
  it('counts slices, adds their time, keeps the longest and counts those of a long task or more', () => {
    const stats = new SliceStats();
    expect({ ...stats }).toEqual({ count: 0, totalMs: 0, longestMs: 0, longCount: 0 });
    for (const ms of [4, LONG_TASK_MS - 0.1, LONG_TASK_MS, 7, 80]) stats.add(ms);
    expect(stats.count).toBe(5);
    expect(stats.totalMs).toBeCloseTo(4 + 49.9 + 50 + 7 + 80);
    expect(stats.longestMs).toBe(80);
    expect(stats.longCount).toBe(2);
    expect(LONG_TASK_MS).toBe(50);
  });
});
