import { describe, expect, it, vi } from 'vitest';
import {
  button,
  click,
  DELAY,
  dialog,
  heading,
  key,
  move,
  setup,
  useFixture,
} from './controller-fixture';
import { cardWords } from '@/src/card/card-messages';

useFixture();

describe('closing and focus', () => {
  it('closes on Esc and gives focus back to where it was', () => {
    const s = setup();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    expect(s.controller.openAt(s.node, 0, { focus: true })).toBe(true);
    expect(s.controller.shadowRoot?.activeElement).toBe(dialog(s));
    key('Escape');
    expect(s.controller.isOpen).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('does not reopen under a resting pointer after Esc', () => {
    const s = setup();
    move(0);
    vi.advanceTimersByTime(DELAY);
    key('Escape');
    move(0);
    vi.advanceTimersByTime(DELAY * 3);
    expect(s.controller.isOpen).toBe(false);
  });

  it('never moves focus on hover', () => {
    const s = setup();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    move(0);
    vi.advanceTimersByTime(DELAY);
    expect(s.controller.isOpen).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it.each([
    ['Close', 'none'],
    ['Turn off on this site', 'onTurnOffSite'],
    ['Hide Almaty', 'onHideEntity'],
  ] as const)('"%s" closes the card and calls back', (name, callback) => {
    const s = setup();
    s.controller.openAt(s.node, 1);
    click(button(s, name));
    expect(s.controller.isOpen).toBe(false);
    if (callback === 'onHideEntity') expect(s.onHideEntity).toHaveBeenCalledWith('almaty');
    if (callback === 'onTurnOffSite') expect(s.onTurnOffSite).toHaveBeenCalledOnce();
  });

  it.each(['Turn off on this site', 'Hide Almaty'])(
    '"%s" changes nothing while the card is not plainly visible, and says so',
    (name) => {
      const s = setup();
      s.visibility.permits = false;
      s.controller.openAt(s.node, 1);
      click(button(s, name));
      expect(s.onTurnOffSite).not.toHaveBeenCalled();
      expect(s.onHideEntity).not.toHaveBeenCalled();
      expect(s.controller.isOpen).toBe(true);
      expect(dialog(s)?.querySelector('[role="status"]')?.textContent).toBe(
        cardWords('en').t('card.refused'),
      );
      s.visibility.permits = true; // seen long enough now: the next click counts
      click(button(s, name));
      expect(s.onTurnOffSite.mock.calls.length + s.onHideEntity.mock.calls.length).toBe(1);
    },
  );

  it('ignores Esc and clicks that the page dispatches', () => {
    const s = setup();
    s.controller.openAt(s.node, 1);
    key('Escape', 'keydown', true);
    for (const name of ['Close', 'Turn off on this site', 'Hide Almaty']) {
      click(button(s, name), true);
    }
    expect(s.controller.isOpen).toBe(true);
    expect(s.onTurnOffSite).not.toHaveBeenCalled();
    expect(s.onHideEntity).not.toHaveBeenCalled();
  });

  it('routes the source link through the callback, never a navigable href', () => {
    const s = setup();
    s.controller.openAt(s.node, 1);
    const link = dialog(s)?.querySelector('a.descriptor-source');
    expect(link?.hasAttribute('href')).toBe(false);
    click(link);
    expect(s.onOpenSource).toHaveBeenCalledWith('almaty-most-violent-clashes', false);
  });
});

describe('refreshing', () => {
  it('closes once the mention has left the index', () => {
    const s = setup();
    s.controller.openAt(s.node, 0);
    s.controller.refresh();
    expect(s.controller.isOpen).toBe(true);
    s.index.clear(); // highlighting turned off
    s.controller.refresh();
    expect(s.controller.isOpen).toBe(false);
  });
});

describe('the keyboard API', () => {
  it('scrolls the mention into view, then opens its card; with focus, focuses the dialog', () => {
    const s = setup();
    const scroll = vi.fn();
    Object.defineProperty(s.node.parentElement, 'scrollIntoView', { value: scroll });
    expect(s.controller.openAt(s.node, 2, { focus: true })).toBe(true);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(heading(s)).toBe('Kazakhstan');
    expect(s.controller.shadowRoot?.activeElement).toBe(dialog(s));
  });

  it('opens without taking focus unless asked', () => {
    const s = setup();
    s.controller.openAt(s.node, 0);
    expect(s.controller.isOpen).toBe(true);
    expect(s.controller.shadowRoot?.activeElement ?? null).toBeNull();
  });

  it('returns false for a mention that is not in the index', () => {
    const s = setup();
    expect(s.controller.openAt(s.node, 9)).toBe(false);
    expect(s.controller.openAt(document.createTextNode('Almaty'), 0)).toBe(false);
  });

  it('walks mentions in document order, wrapping around, per entity or all', () => {
    const s = setup();
    // Indexed after the first paragraph, but placed before it in the document.
    const p = document.createElement('p');
    p.append('Earlier Almaty.');
    document.body.prepend(p);
    const early = p.firstChild as Text;
    s.index.set(early, { mentions: [{ start: 8, end: 14, entityId: 'almaty' }], ranges: [] });
    const visited: string[] = [];
    const step = (fn: () => boolean) => {
      expect(fn()).toBe(true);
      visited.push(String(s.painter.setActive.mock.lastCall?.[0]));
    };
    for (let i = 0; i < 5; i += 1) step(() => s.controller.next(null));
    step(() => s.controller.previous(null));
    expect(visited).toEqual(['Almaty', 'Tokayev', 'Almaty', 'Kazakhstan', 'Almaty', 'Kazakhstan']);
    expect(s.controller.next('almaty')).toBe(true); // from Kazakhstan, wrapping to the top
    expect(s.painter.setActive.mock.lastCall?.[0]?.startContainer).toBe(early);
    expect(s.controller.next('almaty')).toBe(true);
    expect(s.painter.setActive.mock.lastCall?.[0]?.startContainer).toBe(s.node);
  });

  it('returns false when no mention matches', () => {
    const s = setup({ hiddenEntities: ['tokayev', 'almaty', 'kazakhstan'] });
    expect(s.controller.next(null)).toBe(false);
    expect(s.controller.isOpen).toBe(false);
  });
});
