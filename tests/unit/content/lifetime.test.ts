import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extensionLifetime, runtimeAlive } from '../../../src/content/lifetime';

describe('extension lifetime', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores an abort of ctx.signal while the extension is alive (a forged event)', () => {
    const ctx = new AbortController();
    const life = extensionLifetime(ctx.signal, () => true);
    ctx.abort();
    vi.advanceTimersByTime(5_000);
    expect(life.signal.aborted).toBe(false);
  });

  it('ends when ctx.signal aborts and the extension context is gone', () => {
    let alive = true;
    const ctx = new AbortController();
    const life = extensionLifetime(ctx.signal, () => alive);
    alive = false;
    ctx.abort();
    expect(life.signal.aborted).toBe(true);
  });

  it('ends within a period once the extension goes, even after a forged abort', () => {
    let alive = true;
    const ctx = new AbortController();
    const life = extensionLifetime(ctx.signal, () => alive, 1_000);
    life.watch();
    ctx.abort(); // forged: ignored
    alive = false;
    vi.advanceTimersByTime(999);
    expect(life.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(life.signal.aborted).toBe(true);
  });

  it('runs no timer until watched, and one timer however often watched', () => {
    let checks = 0;
    const life = extensionLifetime(new AbortController().signal, () => {
      checks += 1;
      return true;
    });
    vi.advanceTimersByTime(5_000);
    expect([checks, vi.getTimerCount()]).toEqual([1, 0]);
    life.watch();
    life.watch();
    vi.advanceTimersByTime(3_000);
    expect([checks, vi.getTimerCount()]).toEqual([5, 1]);
  });

  it.each([
    ['an id', () => ({ id: 'abc' }), true],
    ['no id (context invalidated)', () => ({}), false],
    ['no runtime', () => undefined, false],
    [
      'a throwing getter',
      () => {
        throw new Error('Extension context invalidated.');
      },
      false,
    ],
  ])('reads the runtime as alive with %s: %s', (_what, runtime, expected) => {
    expect(runtimeAlive(runtime)()).toBe(expected);
  });
});
