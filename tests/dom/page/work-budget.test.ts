import { describe, expect, it } from 'vitest';
import {
  FOLLOW_BURST_MS,
  FOLLOW_SHARE,
  pacedYield,
  WorkBudget,
} from '../../../src/page/work-budget';
import { WorkQueue } from '../../../src/page/work-queue';

/** A budget on a hand-moved clock: 10 % share, 50 ms burst. */
function budgetAt() {
  const clock = { now: 0 };
  const budget = new WorkBudget(() => clock.now, 0.1, 50);
  return { clock, budget };
}

describe('work budget', () => {
  it('holds nothing back during a first pass', () => {
    const { budget } = budgetAt();
    budget.spend(500);
    expect(budget.waitMs()).toBe(0);
  });

  it.each([
    ['within the burst', 40, 0, 0],
    ['exactly the burst', 50, 0, 0],
    ['just over the burst', 60, 0, 100],
    ['over the burst, after time passed', 60, 50, 50],
    ['far over the burst (debt is capped)', 5_000, 0, 500],
  ])('once the first pass is over: %s', (_name, spent, later, wait) => {
    const { clock, budget } = budgetAt();
    budget.tighten();
    budget.spend(spent);
    clock.now += later;
    expect(budget.waitMs()).toBe(wait);
  });

  it.each([
    ['a second tighten keeps the debt', ['tighten', 60, 'tighten'], 100],
    [
      'a new first pass is held back by nothing, not by the old debt',
      ['tighten', 60, 'relax', 60],
      0,
    ],
    [
      'the share applies again after it, from a full burst',
      ['tighten', 60, 'relax', 'tighten', 60],
      100,
    ],
  ] as const)('on a 50 ms burst (steps: tighten, relax, or ms spent), %s', (_name, steps, wait) => {
    const { budget } = budgetAt();
    for (const step of steps) {
      if (typeof step === 'number') budget.spend(step);
      else budget[step]();
    }
    expect(budget.waitMs()).toBe(wait);
  });

  it('follows changes at a tenth of the main thread after a 50 ms burst, on the page clock', () => {
    expect([FOLLOW_SHARE, FOLLOW_BURST_MS]).toEqual([0.1, 50]);
    const clock = { now: 0 };
    const budget = new WorkBudget(() => clock.now);
    budget.tighten();
    budget.spend(60);
    expect(budget.waitMs()).toBe(100);
    const onPageClock = new WorkBudget();
    onPageClock.tighten();
    expect(onPageClock.waitMs()).toBe(0);
  });

  it('gives at most its share over a long storm', () => {
    const { clock, budget } = budgetAt();
    budget.tighten();
    let worked = 0;
    // A storm: work in 5 ms slices whenever allowed, for 10 s of wall time.
    while (clock.now < 10_000) {
      const wait = budget.waitMs();
      if (wait > 0) clock.now += wait;
      else {
        budget.spend(5);
        worked += 5;
        clock.now += 5;
      }
    }
    expect(worked / clock.now).toBeLessThan(0.1 + 50 / 10_000 + 0.01);
  });
});

describe('paced yield', () => {
  /** A yield that records how it waited: on the main thread's turn, or on a timer of `ms`. */
  function pacedAfter(spent: number) {
    const { budget } = budgetAt();
    budget.tighten();
    budget.spend(spent);
    const waits: (number | 'turn')[] = [];
    const win = {
      setTimeout: (resolve: () => void, ms: number) => (waits.push(ms), resolve(), 0),
    } as unknown as Pick<Window, 'setTimeout'>;
    const yieldToMain = () => (waits.push('turn'), Promise.resolve());
    return { next: pacedYield(budget, yieldToMain, win), waits };
  }

  it.each([
    ['within the budget, yields a turn', 40, ['turn']],
    ['over it, waits out the debt on a timer', 60, [100]],
  ] as const)('%s', async (_name, spent, waits) => {
    const paced = pacedAfter(spent);
    await paced.next();
    expect(paced.waits).toEqual(waits);
  });
});

describe('work queue', () => {
  const source = (name: string) => ({ name, next: () => null });

  it('queues a subtree once while it waits, and again once it is being read', () => {
    const opened: Node[] = [];
    const queue = new WorkQueue((node) => (opened.push(node), source('opened')));
    const root = document.body;
    const p = root.appendChild(document.createElement('p'));
    queue.pushNode(p, root);
    queue.pushNode(p, root);
    expect(queue.length).toBe(1);
    queue.head();
    queue.pushNode(p, root); // the read in progress may have passed the change
    expect([queue.length, opened]).toEqual([2, [p]]);
  });

  it('skips a subtree inside a whole root that waits, but not another tree', () => {
    const queue = new WorkQueue(() => source('opened'));
    const root = document.body;
    const p = root.appendChild(document.createElement('p'));
    const shadow = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    queue.pushNode(root, root);
    queue.pushNode(p, root);
    queue.pushNode(shadow, root);
    expect(queue.length).toBe(2);
  });
});
