import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../src/page/slicer';

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
});
