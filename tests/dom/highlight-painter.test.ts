import { describe, expect, it } from 'vitest';
import { HighlightPainter } from '../../src/highlight/highlight-painter';
import { FakeHighlight, fakeHighlightApi, paintedText, painterWithText } from './fake-highlights';

describe('highlight painter', () => {
  it('registers only the entities that have something painted, under the style’s names', () => {
    const { api, painter, node } = painterWithText();
    painter.show();
    expect([...api.registry.keys()]).toEqual([]);
    painter.paint('tokayev', node, 0, 7);
    expect([...api.registry.keys()]).toEqual(['kc-tokayev']);
    painter.setStyle('underline');
    expect([...api.registry.keys()]).toEqual(['kc-tokayev-underline']);
    expect(api.registry.get('kc-tokayev-underline')?.size).toBe(1);
  });

  it('never reads the registry while it has painted nothing (a page that names nobody)', () => {
    const { api, painter } = painterWithText();
    const reads: string[] = [];
    const get = api.registry.get.bind(api.registry);
    api.registry.get = (name: string) => {
      reads.push(name);
      return get(name);
    };
    painter.show();
    painter.ensureRegistered();
    painter.repair();
    painter.hide();
    painter.show();
    expect(reads).toEqual([]);
  });

  it('adopts its style rules only while a name is registered', () => {
    const { painter, node, styles } = painterWithText();
    painter.show();
    expect(styles.show).not.toHaveBeenCalled();
    const range = painter.paint('almaty', node, 11, 17);
    expect(styles.show).toHaveBeenCalled();
    styles.hide.mockClear();
    if (range) painter.unpaint('almaty', range);
    expect(styles.hide).toHaveBeenCalled();
  });

  it('unregisters a name when its last range goes, and registers nothing while off', () => {
    const { api, painter, node } = painterWithText();
    const range = painter.paint('tokayev', node, 0, 7);
    expect(api.registry.size).toBe(0); // not shown yet: the site may be off
    painter.show();
    expect(api.registry.has('kc-tokayev')).toBe(true);
    if (range) painter.unpaint('tokayev', range);
    expect(api.registry.size).toBe(0);
  });

  it('restores its entries after the page clears or overwrites CSS.highlights', () => {
    const { api, painter, node } = painterWithText();
    painter.show();
    painter.paint('tokayev', node, 0, 7);
    const ours = api.registry.get('kc-tokayev');
    api.registry.clear();
    api.registry.set('kc-tokayev', new FakeHighlight());
    expect(painter.ensureRegistered()).toBe(true);
    expect(api.registry.get('kc-tokayev')).toBe(ours);
    expect(painter.ensureRegistered()).toBe(false);
  });

  it.each([
    ['cleared', (h: FakeHighlight) => h.clear()],
    ['given foreign ranges', (h: FakeHighlight) => h.add(new Range())],
    ['had a range swapped', (h: FakeHighlight) => (h.clear(), h.add(new Range()))],
    ['re-prioritised', (h: FakeHighlight) => (h.priority = 99)],
    ['re-typed', (h: FakeHighlight) => (h.type = 'spelling-error')],
  ])('puts a Highlight the page %s back as painted', (_what, tamper) => {
    const { api, painter, node } = painterWithText();
    painter.show();
    painter.paint('tokayev', node, 0, 7);
    const ours = api.registry.get('kc-tokayev') as FakeHighlight;
    tamper(ours);
    expect(painter.repair()).toBe(true);
    expect(paintedText(api.registry)).toEqual({ 'kc-tokayev': ['Tokayev'] });
    expect(ours.priority).toBe(0);
    expect(ours.type).toBe('highlight');
    expect(painter.repair()).toBe(false);
  });

  it('keeps its cap for its own ranges, whatever the page adds to its Highlights', () => {
    const { api, painter, node } = painterWithText('Tokayev', 2);
    painter.show();
    painter.paint('tokayev', node, 0, 7);
    const ours = api.registry.get('kc-tokayev') as FakeHighlight;
    for (let i = 0; i < 2_000; i += 1) ours.add(new Range());
    expect(painter.paintedCount).toBe(1);
    expect(painter.paint('tokayev', node, 0, 3)).toBeDefined();
    expect(painter.paint('tokayev', node, 3, 7)).toBeUndefined(); // the cap: 2 of ours
  });

  it('leaves a page highlight that took one of our names when turned off', () => {
    const { api, painter, node } = painterWithText();
    painter.show();
    painter.paint('almaty', node, 11, 17);
    const pages = new FakeHighlight();
    api.registry.set('kc-almaty', pages);
    painter.hide();
    expect([...api.registry.entries()]).toEqual([['kc-almaty', pages]]);
  });

  it('hides and shows one entity without touching the others', () => {
    const { api, painter, node } = painterWithText();
    painter.show();
    painter.paint('tokayev', node, 0, 7);
    painter.paint('almaty', node, 11, 17);
    painter.setEntityVisible('almaty', false);
    expect([...api.registry.keys()]).toEqual(['kc-tokayev']);
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
