import { describe, expect, it, vi } from 'vitest';
import {
  CLOSE,
  DELAY,
  dialog,
  heading,
  key,
  move,
  setup,
  useFixture,
  type Setup,
} from './controller-fixture';

useFixture();

describe('the card on hover', () => {
  it('opens after the hover delay on the same mention, not before', () => {
    const s = setup();
    move(0);
    vi.advanceTimersByTime(DELAY - 17);
    move(0); // one more frame: at most 16 ms
    expect(s.controller.isOpen).toBe(false);
    vi.advanceTimersByTime(17);
    expect(s.controller.isOpen).toBe(true);
    expect(heading(s)).toBe('Kassym-Jomart Tokayev');
  });

  it('puts a plain <div> host on <html> only while a card is open', () => {
    const s = setup();
    const before = document.documentElement.children.length;
    move(1);
    vi.advanceTimersByTime(DELAY);
    const host = s.controller.shadowRoot?.host;
    // A built-in element: no page can define it first, and it has no ElementInternals.
    expect(host?.localName).toBe('div');
    expect(host?.parentNode).toBe(document.documentElement);
    expect(host?.shadowRoot).toBeNull(); // closed: the page cannot reach into it
    expect(s.controller.shadowRoot?.querySelector('.frame')).not.toBeNull();
    key('Escape');
    expect(host?.isConnected).toBe(false);
    expect(document.documentElement.children.length).toBe(before);
  });

  it('is not opened by pointer moves the page dispatches', () => {
    const s = setup();
    for (let i = 0; i < 10; i += 1) move(0, {}, undefined, true);
    vi.advanceTimersByTime(DELAY * 3);
    expect(s.controller.isOpen).toBe(false);
    expect(s.hitTest).not.toHaveBeenCalled();
  });

  it('marks the hovered mention as active, and clears it when the pointer leaves', () => {
    const s = setup();
    move(1);
    expect(s.painter.setActive).toHaveBeenLastCalledWith(expect.any(Range));
    expect(String(s.painter.setActive.mock.lastCall?.[0])).toBe('Almaty');
    move(undefined);
    expect(s.painter.setActive).toHaveBeenLastCalledWith(null);
  });

  it('does not open when the pointer leaves before the delay', () => {
    const s = setup();
    move(0);
    vi.advanceTimersByTime(DELAY / 2);
    move(undefined);
    vi.advanceTimersByTime(DELAY * 3);
    expect(s.controller.isOpen).toBe(false);
  });

  it('stays while the pointer is over the card and closes ~300 ms after it left both', () => {
    const s = setup();
    move(0);
    vi.advanceTimersByTime(DELAY);
    move(undefined); // crossing the gap to the card
    vi.advanceTimersByTime(CLOSE / 2);
    const card = dialog(s);
    if (!card) throw new Error('no card');
    move(undefined, {}, card);
    vi.advanceTimersByTime(CLOSE * 5);
    expect(s.controller.isOpen).toBe(true);
    move(undefined);
    vi.advanceTimersByTime(CLOSE - 20); // a frame of the move already passed
    expect(s.controller.isOpen).toBe(true);
    vi.advanceTimersByTime(20);
    expect(s.controller.isOpen).toBe(false);
    expect(s.stopFollow).toHaveBeenCalled();
  });

  it('needs Alt held when the setting says so', () => {
    const s = setup({ cardNeedsModifier: true });
    move(0);
    vi.advanceTimersByTime(DELAY * 3);
    expect(s.controller.isOpen).toBe(false);
    key('Alt');
    vi.advanceTimersByTime(DELAY);
    expect(s.controller.isOpen).toBe(true);
  });

  it('does not open on mentions of a hidden entity', () => {
    const s = setup({ hiddenEntities: ['almaty'] });
    move(1);
    vi.advanceTimersByTime(DELAY * 3);
    expect(s.controller.isOpen).toBe(false);
    expect(s.painter.setActive).not.toHaveBeenCalled();
  });

  it('never prevents the page’s pointer events (a highlighted link still works)', () => {
    setup();
    expect(move(0).defaultPrevented).toBe(false);
    const down = new PointerEvent('pointerdown', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(false);
  });

  it('tells the visibility guard when the card moves with its mention', () => {
    const s = setup();
    move(2);
    vi.advanceTimersByTime(DELAY);
    expect(s.visibility.moved).not.toHaveBeenCalled();
    s.followed()?.onMove?.();
    expect(s.visibility.moved).toHaveBeenCalledOnce();
  });

  it('closes when its mention scrolls out of view', () => {
    const s = setup();
    move(2);
    vi.advanceTimersByTime(DELAY);
    expect(s.follow).toHaveBeenCalledOnce();
    s.followed()?.onOutOfView();
    expect(s.controller.isOpen).toBe(false);
  });
});

describe('cleaning up', () => {
  it.each([
    ['destroy()', (s: Setup) => s.controller.destroy()],
    ['the signal aborting', (s: Setup) => s.abort.abort()],
  ])('%s removes the host, listeners and timers', (_how, end) => {
    const s = setup();
    move(0);
    vi.advanceTimersByTime(DELAY);
    move(1); // a pending open timer for another mention
    end(s);
    expect(document.documentElement.lastElementChild).toBe(document.body);
    expect(s.stopFollow).toHaveBeenCalled();
    expect(s.painter.setActive).toHaveBeenLastCalledWith(null);
    s.hitTest.mockClear();
    move(0);
    key('Escape');
    vi.advanceTimersByTime(DELAY * 3);
    expect(s.hitTest).not.toHaveBeenCalled();
    expect(s.controller.isOpen).toBe(false);
    expect(s.controller.openAt(s.node, 0)).toBe(false);
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });
});
