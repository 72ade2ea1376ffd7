import { describe, expect, it } from 'vitest';
import { HighlightPainter } from '../../src/highlight/highlight-painter';
import { FakeHighlight, fakeHighlightApi } from './fake-highlights';

function painterWithText(text = 'Tokayev in Almaty') {
  const api = fakeHighlightApi();
  const painter = new HighlightPainter(api, 10);
  const node = document.createTextNode(text);
  document.body.replaceChildren(node);
  return { api, painter, node };
}

describe('highlight painter', () => {
  it('registers one highlight per entity under its style name', () => {
    const { api, painter, node } = painterWithText();
    painter.show();
    painter.paint('tokayev', node, 0, 7);
    expect([...api.registry.keys()].sort()).toEqual(['kc-almaty', 'kc-kazakhstan', 'kc-tokayev']);
    painter.setStyle('underline');
    expect([...api.registry.keys()].sort()).toEqual([
      'kc-almaty-underline',
      'kc-kazakhstan-underline',
      'kc-tokayev-underline',
    ]);
    expect(api.registry.get('kc-tokayev-underline')?.size).toBe(1);
  });

  it('restores its entries after the page clears or overwrites CSS.highlights', () => {
    const { api, painter } = painterWithText();
    painter.show();
    const ours = api.registry.get('kc-tokayev');
    api.registry.clear();
    api.registry.set('kc-almaty', new FakeHighlight());
    expect(painter.ensureRegistered()).toBe(true);
    expect(api.registry.get('kc-tokayev')).toBe(ours);
    expect(painter.ensureRegistered()).toBe(false);
  });

  it('leaves a page highlight that took one of our names when turned off', () => {
    const { api, painter } = painterWithText();
    painter.show();
    const pages = new FakeHighlight();
    api.registry.set('kc-almaty', pages);
    painter.hide();
    expect([...api.registry.entries()]).toEqual([['kc-almaty', pages]]);
  });

  it('hides and shows one entity without touching the others', () => {
    const { api, painter } = painterWithText();
    painter.show();
    painter.setEntityVisible('almaty', false);
    expect([...api.registry.keys()].sort()).toEqual(['kc-kazakhstan', 'kc-tokayev']);
    painter.setEntityVisible('almaty', true);
    expect(api.registry.has('kc-almaty')).toBe(true);
  });

  it('stops painting at the cap and counts unpainted ranges back in', () => {
    const { painter, node } = painterWithText('Tokayev');
    const limited = new HighlightPainter(fakeHighlightApi(), 1);
    expect(limited.paint('tokayev', node, 0, 7)).toBeDefined();
    expect(limited.paint('tokayev', node, 0, 7)).toBeUndefined();
    expect(limited.paintedCount).toBe(1);
    const range = painter.paint('tokayev', node, 0, 7);
    if (range) painter.unpaint('tokayev', range);
    expect(painter.paintedCount).toBe(0);
  });

  it('shows the active mention above the rest and removes it when none is active', () => {
    const { api, painter, node } = painterWithText();
    painter.show();
    const range = painter.paint('tokayev', node, 0, 7);
    painter.setActive(range ?? null);
    expect(api.registry.get('kc-active')?.size).toBe(1);
    expect(api.registry.get('kc-active')?.priority).toBe(1);
    painter.setActive(null);
    expect(api.registry.has('kc-active')).toBe(false);
  });
});
