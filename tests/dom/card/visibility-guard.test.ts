import { afterEach, describe, expect, it } from 'vitest';
import { MIN_VIEW_MS, watchVisibility } from '@/src/card/visibility-guard';

type Entry = { isIntersecting: boolean; isVisible?: boolean };

/** An IntersectionObserver whose entries the test delivers (happy-dom computes none). */
function fakeObserver() {
  const state: { deliver: (entry: Entry) => void; pending: Entry[]; init?: unknown } = {
    deliver: () => undefined,
    pending: [],
  };
  class Observer {
    constructor(callback: (entries: Entry[]) => void, init: unknown) {
      state.deliver = (entry) => callback([entry]);
      state.init = init;
    }
    observe() {}
    disconnect() {}
    takeRecords() {
      return state.pending.splice(0);
    }
  }
  return { state, Observer: Observer as unknown as typeof IntersectionObserver };
}

function setup() {
  const target = document.createElement('div');
  document.body.append(target);
  const clock = { now: 1_000 };
  const { state, Observer } = fakeObserver();
  const guard = watchVisibility(target, { IntersectionObserver: Observer, now: () => clock.now });
  return { guard, clock, state };
}

afterEach(() => document.body.replaceChildren());

describe('the visibility guard of the card’s settings buttons', () => {
  it('asks the browser to track occlusion (IntersectionObserver v2)', () => {
    const { state } = setup();
    expect(state.init).toMatchObject({ trackVisibility: true, delay: 100 });
  });

  it.each([
    ['never reported visible', [], 5_000, false],
    ['visible for less than the minimum', [{ isIntersecting: true, isVisible: true }], 499, false],
    ['visible for the minimum', [{ isIntersecting: true, isVisible: true }], MIN_VIEW_MS, true],
    [
      'covered after being visible',
      [
        { isIntersecting: true, isVisible: true },
        { isIntersecting: true, isVisible: false },
      ],
      5_000,
      false,
    ],
    [
      'intersecting but covered (v2 says not visible)',
      [{ isIntersecting: true, isVisible: false }],
      5_000,
      false,
    ],
    [
      'uncovered again, but only just',
      [
        { isIntersecting: true, isVisible: false },
        { isIntersecting: true, isVisible: true },
      ],
      100,
      false,
    ],
  ] as [string, Entry[], number, boolean][])('%s: permits = %s', (_what, entries, after, ok) => {
    const { guard, clock, state } = setup();
    for (const entry of entries) state.deliver(entry);
    clock.now += after;
    expect(guard.permits()).toBe(ok);
  });

  it('reads records not yet delivered before it answers', () => {
    const { guard, clock, state } = setup();
    state.deliver({ isIntersecting: true, isVisible: true });
    clock.now += 2_000;
    state.pending.push({ isIntersecting: true, isVisible: false }); // covered a moment ago
    expect(guard.permits()).toBe(false);
  });

  it('starts the delay again when the card moves', () => {
    const { guard, clock, state } = setup();
    state.deliver({ isIntersecting: true, isVisible: true });
    clock.now += 2_000;
    guard.moved();
    clock.now += MIN_VIEW_MS - 1;
    expect(guard.permits()).toBe(false);
    clock.now += 1;
    expect(guard.permits()).toBe(true);
  });

  it('without v2 (Firefox), refuses once the page has opened a top-layer element since', () => {
    const { guard, clock, state } = setup();
    state.deliver({ isIntersecting: true }); // no isVisible: occlusion unknown
    clock.now += 2_000;
    expect(guard.permits()).toBe(true);
    const overlay = document.createElement('dialog');
    overlay.setAttribute('popover', 'manual');
    document.body.append(overlay);
    // happy-dom has no top layer: stand in for the page's newly opened popover.
    const original = document.querySelectorAll.bind(document);
    document.querySelectorAll = ((selector: string) =>
      selector.includes(':popover-open') ? [overlay] : original(selector)) as never;
    try {
      expect(guard.permits()).toBe(false);
    } finally {
      document.querySelectorAll = original;
    }
  });
});
