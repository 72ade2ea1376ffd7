// A hovered mention whose text changed under the pointer is forgotten: no card opens for it,
// and the card it had open closes once the pointer is gone from it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hoverHarness } from './hover-harness';

const DELAY = 300;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('forgetting a hovered mention', () => {
  it('cancels the open it was waiting for', () => {
    const { intent, onOpen } = hoverHarness();
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY - 100);
    intent.forget();
    vi.advanceTimersByTime(DELAY * 3);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('closes the card it had opened, as leaving the mention would', () => {
    const { intent, onOpen, onClose } = hoverHarness({ closeDelay: 100 });
    intent.pointer('a', false, false);
    vi.advanceTimersByTime(DELAY);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('a');
    intent.forget();
    vi.advanceTimersByTime(100);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
