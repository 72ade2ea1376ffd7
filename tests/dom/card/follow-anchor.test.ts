import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followAnchor } from '@/src/card/position-card';

// happy-dom has no layout: give the viewport its size, which placement clamps the card into.
const root = document.documentElement;
beforeEach(() => {
  Object.defineProperty(root, 'clientWidth', { value: 1024, configurable: true });
  Object.defineProperty(root, 'clientHeight', { value: 768, configurable: true });
});
afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(root, 'clientWidth');
  Reflect.deleteProperty(root, 'clientHeight');
});

/** Lets floating-ui's placement promise and its microtasks settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following the mention', () => {
  it('reports a move only when the card lands somewhere new, not on its first placement', async () => {
    const floating = document.createElement('div');
    document.body.append(floating);
    let top = 100;
    const reference = {
      getBoundingClientRect: () => new DOMRect(50, top, 60, 20),
      contextElement: document.body,
    };
    const onMove = vi.fn();
    const stop = followAnchor(reference, floating, {
      win: window,
      dir: 'ltr',
      onOutOfView: () => undefined,
      onMove,
    });
    await settle();
    expect(floating.style.top).not.toBe('');
    expect(onMove).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('scroll')); // same place: no move
    await settle();
    expect(onMove).not.toHaveBeenCalled();
    top = 60; // the page scrolled by 40 px
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(onMove).toHaveBeenCalledOnce();
    stop();
  });
});
