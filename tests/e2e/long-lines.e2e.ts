import { describe, expect, it } from 'vitest';
import { WINDOW_CAP } from '../../src/page/line-window';
import { longLinePage, longLinePlanted } from '../fixtures/long-line-pages';
import { useHostileSuite } from '../harness/hostile-suite';
import {
  expectPaintingFollowsScroll,
  paintedStarts,
  SCROLL_SIDEWAYS,
} from '../harness/long-line-view';

/**
 * Text that lays out as one enormous line (issue 15): painting every mention on it stalled the
 * tab for seconds to minutes (Blink paints a line's highlight ranges together). Counts stay
 * exact; only the mentions around the part of the line in view are painted, and scrolling,
 * hovering and stepping still reach every one. `npm run bench` is where frame times are read.
 */
const MENTIONS = 1_000;
const CHARS = 200_000;
/** The most mentions painted on a long line. */
const CAP = WINDOW_CAP;

const FIXTURES: Record<string, string> = {
  '/pre': longLinePage({ kind: 'pre', chars: CHARS, mentions: MENTIONS }),
  '/nowrap': longLinePage({ kind: 'nowrap', chars: CHARS, mentions: MENTIONS }),
  '/wrapped': longLinePage({ kind: 'wrapped-pre', chars: 60_000, mentions: 300 }),
  '/ordinary': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ordinary</title></head>
<body>${'<p>Kazakhstan and Tokayev met in Almaty. '.repeat(200)}</body></html>`,
};

describe('long unwrapped lines, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it.each(['/pre', '/nowrap'])(
    '%s: counts every mention, paints only a bounded few around the part in view',
    async (path) => {
      const { tab, probe, state, close } = await suite.open(path);
      expect(state.counts).toEqual(longLinePlanted(MENTIONS));
      expect(state.indexedNodes).toBe(1);
      expect(state.painted).toBeGreaterThan(0);
      expect(state.painted).toBeLessThanOrEqual(CAP);
      // What is painted lies around the start of the line, the part in view.
      const starts = await paintedStarts(tab);
      expect(starts.length).toBe(state.painted);
      expect(Math.max(...starts)).toBeLessThan(5_000);
      expect(probe.problems).toEqual([]);
      await close();
    },
  );

  it.each([
    ['/pre', 'the document', SCROLL_SIDEWAYS.document],
    ['/nowrap', 'the element', SCROLL_SIDEWAYS.element],
  ])(
    '%s: scrolling %s sideways paints the mentions that come into view',
    async (path, _what, scroll) => {
      const { tab, probe, close } = await suite.open(path);
      // Painted then: mentions around what is in view, none left at the line's start.
      await expectPaintingFollowsScroll(tab, scroll, await paintedStarts(tab), CAP);
      expect((await probe.state()).counts).toEqual(longLinePlanted(MENTIONS));
      expect(probe.problems).toEqual([]);
      await close();
    },
  );

  it('a document rewritten by document.open() repaints its long line when scrolled', async () => {
    // The first line starts the scroll listeners; document.open() erases every listener.
    const { tab, probe, state, close } = await suite.open('/pre');
    expect(state.painted).toBeGreaterThan(0);
    const next = longLinePage({ kind: 'nowrap', chars: CHARS, mentions: 600 });
    // A page's own script (as a string: our sources never call document.write).
    await tab.evaluate(
      `{ document.open(); document.write(${JSON.stringify(next)}); document.close(); }`,
    );
    await expect.poll(async () => (await probe.state()).counts).toEqual(longLinePlanted(600));
    await expect.poll(async () => (await paintedStarts(tab)).length).toBeGreaterThan(0);
    const before = await paintedStarts(tab);
    expect(Math.max(...before)).toBeLessThan(5_000);
    await expectPaintingFollowsScroll(tab, SCROLL_SIDEWAYS.element, before, CAP);
    expect(probe.problems).toEqual([]);
    await close();
  });

  it('hovering a mention scrolled into view opens its card', async () => {
    const { tab, probe, card, close } = await suite.open('/nowrap');
    // A name far along the line, scrolled to the middle of the view, where a reader points.
    const point = await tab.evaluate(() => {
      const line = document.getElementById('line')!;
      const text = line.firstChild as Text;
      const at = text.data.indexOf('Almaty', 120_000);
      const range = new Range();
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      line.scrollLeft += range.getBoundingClientRect().left - 500;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, at };
    });
    await expect.poll(() => paintedStarts(tab)).toContain(point.at);
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(1000);
    await tab.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 3_000 }).toBe(true);
    expect(probe.problems).toEqual([]);
    await close();
  });

  it.each(['/pre', '/nowrap'])(
    '%s: stepping back to the last mention scrolls to it and paints it',
    async (path) => {
      const { tab, probe, card, close } = await suite.open(path);
      const tabId = await suite.browser.tabIdOf(tab);
      const found = await (
        await suite.browser.worker()
      ).evaluate((id) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        };
        return chrome.tabs.sendMessage(id, { type: 'kc:step-mention', direction: 'previous' });
      }, tabId);
      expect(found).toEqual({ found: true });
      await expect.poll(async () => (await card()).open).toBe(true);
      const last = await tab.evaluate(() => {
        const data = (document.getElementById('line')!.firstChild as Text).data;
        return Math.max(
          ...['Kazakhstan', 'Tokayev', 'Almaty'].map((name) => data.lastIndexOf(name)),
        );
      });
      // The mention is in view and painted in its entity's colour, not only as the active one.
      const rect = await tab.evaluate((at) => {
        const text = document.getElementById('line')!.firstChild as Text;
        const range = new Range();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().toJSON() as DOMRect;
      }, last);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(1000);
      await expect.poll(() => paintedStarts(tab)).toContain(last);
      expect(probe.problems).toEqual([]);
      await close();
    },
  );

  it.each([
    ['a <pre> with a line break every 80 characters', '/wrapped', 300],
    ['an ordinary page', '/ordinary', 600],
  ])('%s is painted in full', async (_name, path, total) => {
    const { probe, state, close } = await suite.open(path);
    const counted = Object.values(state.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(total);
    expect(state.painted).toBe(total);
    expect(probe.problems).toEqual([]);
    await close();
  });
});
