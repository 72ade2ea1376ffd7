import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenShown } from '@/src/content/mention-parts';
import { asReader } from '../card/reader-events';

type Prerendering = Document & { prerendering?: boolean };
const doc = document as Prerendering;
const originalRoot = document.documentElement;

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(doc, 'prerendering');
  if (document.documentElement !== originalRoot) {
    document.documentElement.remove();
    document.append(originalRoot);
  }
});

/** The page as Chrome prerenders it: hidden until the reader navigates to it. */
function prerender() {
  Object.defineProperty(doc, 'prerendering', { value: true, writable: true, configurable: true });
}

/** Whether `promise` has settled by the time pending callbacks and observers have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

const activate = (trusted = true) => {
  const event = new Event('prerenderingchange');
  doc.dispatchEvent(trusted ? asReader(event) : event);
};

describe('waiting for a prerendered page to be shown', () => {
  it('ignores a "prerenderingchange" a page script made up', async () => {
    prerender();
    const shown = whenShown(doc);
    doc.prerendering = false;
    activate(false);
    expect(await settled(shown)).toBe(false);
    activate();
    expect(await settled(shown)).toBe(true);
  });

  it('ignores the event while the page is still prerendering', async () => {
    prerender();
    const shown = whenShown(doc);
    activate();
    expect(await settled(shown)).toBe(false);
    doc.prerendering = false;
    activate();
    expect(await settled(shown)).toBe(true);
  });

  it('listens again after the page rewrote itself, and stops once shown', async () => {
    prerender();
    const add = vi.spyOn(doc, 'addEventListener');
    const shown = whenShown(doc);
    document.documentElement.remove(); // as document.open() does, erasing listeners
    document.append(document.createElement('html'));
    await settled(shown);
    const adds = () => add.mock.calls.filter(([type]) => type === 'prerenderingchange').length;
    expect(adds()).toBe(2);
    doc.prerendering = false;
    activate();
    expect(await settled(shown)).toBe(true);
    document.documentElement.remove();
    document.append(document.createElement('html'));
    await settled(shown);
    expect(adds()).toBe(2);
  });
});
