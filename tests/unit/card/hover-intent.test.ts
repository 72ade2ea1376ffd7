import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS } from '@/src/card/hover-intent';
import { hoverHarness } from './hover-harness';

const DELAY = 300;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover timing', () => {
  it('opens after the delay on the same mention, not before', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY - 1);
    intent.pointer('a', false, false);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledWith('a');
  });

  it('starts over when the pointer moves to another mention', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(200);
    intent.pointer('b', false, false);
    vi.advanceTimersByTime(200);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('does not open when the pointer leaves before the delay', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(100);
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('closes a moment after the pointer left both mention and card, not while on the card', () => {
    const { intent, onClose } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    intent.pointer(undefined, false, false); // crossing the gap
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 50);
    intent.pointer(undefined, true, false); // on the card
    vi.advanceTimersByTime(1000);
    expect(onClose).not.toHaveBeenCalled();
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    expect(onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('does not reopen a dismissed card until the pointer has left the mention', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    intent.closed(true); // Esc
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(1000);
    expect(onOpen).toHaveBeenCalledOnce();
    intent.pointer(undefined, false, false);
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('needs the modifier held when the setting says so, and cancels when it is released', () => {
    const { intent, onOpen } = hoverHarness({ needsModifier: true });
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
    intent.setModifier(true);
    vi.advanceTimersByTime(100);
    intent.setModifier(false);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
    intent.pointer('a', false, true);
    vi.advanceTimersByTime(DELAY);
    expect(onOpen).toHaveBeenCalledWith('a');
  });

  it('keeps a card opened from the keyboard while the pointer rests elsewhere', () => {
    const { intent, onClose } = hoverHarness();
    intent.opened('a', false);
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(1000);
    expect(onClose).not.toHaveBeenCalled();
    // Once the pointer has been on the card, leaving it closes the card as after a hover.
    intent.pointer(undefined, true, false);
    intent.pointer(undefined, false, false);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('clears its timers when disposed', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    intent.dispose();
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });
});

describe('hover timing with different open and close delays', () => {
  it.each([
    [700, 50],
    [50, 700],
    [1200, undefined],
  ])('opens after the reader’s %i ms and closes after %s ms', (open, close) => {
    const { intent, onOpen, onClose } = hoverHarness({ openDelay: open, closeDelay: close });
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(open - 1);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledOnce();
    intent.pointer(undefined, false, false);
    const closeAfter = close ?? CLOSE_DELAY_MS;
    vi.advanceTimersByTime(closeAfter - 1);
    expect(onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
