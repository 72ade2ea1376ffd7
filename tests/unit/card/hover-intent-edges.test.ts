import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS } from '@/src/card/hover-intent';
import { hoverHarness } from './hover-harness';

const DELAY = 300;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover timing at its edges', () => {
  it('cancels a pending open on Esc, until the pointer has left the mention', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY - 100);
    intent.dismiss();
    intent.pointer('a', false, false); // the pointer moves on within the mention
    vi.advanceTimersByTime(DELAY * 3);
    expect(onOpen).not.toHaveBeenCalled();
    intent.pointer(undefined, false, false);
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('a');
  });

  it('opens the next mention the pointer moved onto, though the old card closed first', () => {
    const { intent, onOpen, onClose } = hoverHarness({ openDelay: 700, closeDelay: 50 });
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(700);
    intent.pointer('b', false, false);
    vi.advanceTimersByTime(50);
    expect(onClose).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(650);
    expect(onOpen.mock.calls).toEqual([['a'], ['b']]);
  });

  it('does not open again the card the pointer rests on', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY * 5);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it.each([
    ['on no mention from the start', () => {}],
    [
      'after leaving a mention before the delay',
      (intent: Intent) => intent.pointer('a', false, false),
    ],
    [
      'after its card closed',
      (intent: Intent) => {
        intent.pointer('a', false, false);
        vi.advanceTimersByTime(DELAY);
      },
    ],
  ])('keeps no timer running while the pointer rests %s', (_when, before) => {
    const { intent } = hoverHarness();
    before(intent);
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    intent.pointer(undefined, false, false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('tries again when the card could not open and the pointer moves on the mention', () => {
    const shows = [false, true];
    const { intent, onOpen } = hoverHarness({ canOpen: () => shows.shift() ?? true });
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    expect(onOpen).toHaveBeenCalledOnce();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('closes once, the delay after the pointer left, however it moves about outside', () => {
    const { intent, onClose } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(100);
    intent.pointer(undefined, false, false); // moving over the page
    vi.advanceTimersByTime(100);
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 200 - 1);
    expect(onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(onClose).toHaveBeenCalledOnce();
  });
});

type Intent = ReturnType<typeof hoverHarness>['intent'];
