import { describe, expect, it, vi } from 'vitest';
import { PainterSlot, type MadePainter } from '../../../src/content/painter-slot';
import { HighlightPainter } from '../../../src/highlight/highlight-painter';
import { fakeHighlightApi, paintedText } from '../fake-highlights';

/** A slot whose painter code is "loaded" once `load()` is called; what it made, for checks. */
function setup() {
  const api = fakeHighlightApi();
  const styles = { add: vi.fn(), show: vi.fn(), hide: vi.fn() };
  let loaded = false;
  const create = vi.fn((): MadePainter => ({
    painter: new HighlightPainter(api, 10, styles),
    addShadowRoot: (root) => styles.add(root),
  }));
  const slot = new PainterSlot(() => (loaded ? create : undefined));
  const node = document.createTextNode('Tokayev in Almaty');
  document.body.replaceChildren(node);
  return { api, styles, slot, node, create, load: () => (loaded = true) };
}

function shadowRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('the painter slot of the script every page loads', () => {
  it('paints nothing and makes no painter before the painter’s code is loaded', () => {
    const { api, slot, node, create } = setup();
    slot.show();
    expect(slot.paint('tokayev', node, 0, 7)).toBeUndefined();
    expect(slot.painter()).toBeUndefined();
    expect(slot.paintedCount).toBe(0);
    expect(slot.ensureRegistered()).toBe(false);
    expect(slot.repair()).toBe(false);
    expect(create).not.toHaveBeenCalled();
    expect(api.registry.size).toBe(0);
  });

  it('hands what the settings said before, and the shadow roots found, to the painter it makes', () => {
    const { api, styles, slot, node, create, load } = setup();
    const root = shadowRoot();
    slot.setStyle('underline');
    slot.setEntityVisible('tokayev', false);
    slot.setEntityVisible('almaty', false);
    slot.setEntityVisible('almaty', true);
    slot.addShadowRoot(root);
    slot.show();
    load();
    slot.paint('tokayev', node, 0, 7);
    slot.paint('almaty', node, 11, 17);
    expect(create).toHaveBeenCalledTimes(1);
    expect(paintedText(api.registry)).toEqual({ 'kc-almaty-underline': ['Almaty'] });
    expect(slot.paintedCount).toBe(2);
    expect(styles.add).toHaveBeenCalledWith(root);
  });

  it('keeps a painter turned off before it was made off, until shown', () => {
    const { api, slot, node, load } = setup();
    slot.show();
    slot.clear();
    load();
    slot.paint('almaty', node, 11, 17);
    expect(api.registry.size).toBe(0);
    slot.show();
    expect(paintedText(api.registry)).toEqual({ 'kc-almaty': ['Almaty'] });
  });

  it('passes everything on once the painter is made', () => {
    const { api, styles, slot, node, load } = setup();
    load();
    slot.show();
    const range = slot.paint('almaty', node, 11, 17);
    expect(slot.painter()).toBeDefined();
    slot.setStyle('both');
    expect(paintedText(api.registry)).toEqual({ 'kc-almaty-both': ['Almaty'] });
    slot.setEntityVisible('almaty', false);
    expect(api.registry.size).toBe(0);
    slot.setEntityVisible('almaty', true);
    api.registry.delete('kc-almaty-both');
    expect(slot.repair()).toBe(true);
    const root = shadowRoot();
    slot.addShadowRoot(root);
    expect(styles.add).toHaveBeenCalledWith(root);
    if (range) slot.unpaint('almaty', range);
    expect(slot.paintedCount).toBe(0);
    slot.paint('almaty', node, 11, 17);
    slot.clear();
    expect(slot.paintedCount).toBe(0);
    expect(api.registry.size).toBe(0);
  });
});
