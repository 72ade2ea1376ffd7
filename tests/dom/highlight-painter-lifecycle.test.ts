import { describe, expect, it, vi } from 'vitest';
import { FakeHighlight, paintedText, painterWithText } from './fake-highlights';

type Setup = ReturnType<typeof painterWithText>;

/** Tokayev painted and shown as the active mention, Almaty painted: both names registered. */
function paintedPage(): Setup {
  const setup = painterWithText();
  const { painter, node } = setup;
  painter.show();
  painter.setActive(painter.paint('tokayev', node, 0, 7) ?? null);
  painter.paint('almaty', node, 11, 17);
  return setup;
}

const PAINTED = { 'kc-active': ['Tokayev'], 'kc-almaty': ['Almaty'], 'kc-tokayev': ['Tokayev'] };

describe('highlight painter repairs', () => {
  type Registry = Setup['api']['registry'];
  it.each([
    ['kc-tokayev', 'cleared', (h: FakeHighlight) => h.clear()],
    ['kc-tokayev', 'given a foreign range', (h: FakeHighlight) => h.add(new Range())],
    ['kc-active', 'cleared', (h: FakeHighlight) => h.clear()],
    ['kc-active', 'given a foreign range', (h: FakeHighlight) => h.add(new Range())],
    ['kc-almaty', 'unregistered', (_h: FakeHighlight, r: Registry) => r.delete('kc-almaty')],
    [
      'kc-almaty',
      'replaced',
      (_h: FakeHighlight, r: Registry) => r.set('kc-almaty', new FakeHighlight()),
    ],
  ])('reports that it put back %s the page %s', (name, _what, tamper) => {
    const { api, painter } = paintedPage();
    tamper(api.registry.get(name) as FakeHighlight, api.registry);
    expect(painter.repair()).toBe(true);
    expect(paintedText(api.registry)).toEqual(PAINTED);
    expect(painter.repair()).toBe(false);
  });

  it('keeps the active mention through a repair round the page left alone', () => {
    const { api, painter } = paintedPage();
    expect(painter.repair()).toBe(false);
    expect(paintedText(api.registry)).toEqual(PAINTED);
  });
});

describe('highlight painter on and off', () => {
  it('unregisters every name when hidden and brings the same ranges back when shown', () => {
    const { api, painter, styles } = paintedPage();
    painter.hide();
    expect(api.registry.size).toBe(0);
    expect(styles.hide).toHaveBeenCalled();
    painter.show();
    expect(paintedText(api.registry)).toEqual(PAINTED);
  });

  it('forgets every range when cleared, and registers nothing again until shown', () => {
    const { api, painter, node } = paintedPage();
    const ours = [...api.registry.values()];
    painter.clear();
    expect(api.registry.size).toBe(0);
    // Not even an unregistered Highlight keeps a range (and its text node) alive.
    expect(ours.map((highlight) => highlight.size)).toEqual([0, 0, 0]);
    expect(painter.paintedCount).toBe(0);
    painter.paint('almaty', node, 11, 17);
    expect(api.registry.size).toBe(0);
    painter.show();
    expect(paintedText(api.registry)).toEqual({ 'kc-almaty': ['Almaty'] });
  });

  it('leaves the registry and its order alone when given the style it already has', () => {
    const { api, painter, styles } = paintedPage();
    api.registry.set('page-mark', new FakeHighlight()); // the page's own, painted over ours
    const order = [...api.registry.keys()];
    styles.hide.mockClear();
    painter.setStyle('background');
    expect([...api.registry.keys()]).toEqual(order);
    expect(styles.hide).not.toHaveBeenCalled();
  });

  it('touches the registry and style rules only for an entity’s first range and its last', () => {
    const { api, painter, node, styles } = painterWithText('Tokayev, Tokayev');
    painter.show();
    const first = painter.paint('tokayev', node, 0, 7);
    const get = vi.spyOn(api.registry, 'get');
    styles.show.mockClear();
    const second = painter.paint('tokayev', node, 9, 16);
    if (second) painter.unpaint('tokayev', second);
    expect(get).not.toHaveBeenCalled();
    expect(styles.show).not.toHaveBeenCalled();
    if (first) painter.unpaint('tokayev', first);
    expect(api.registry.size).toBe(0);
    expect(styles.hide).toHaveBeenCalled();
  });
});
