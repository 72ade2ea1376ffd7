import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CardState } from '../harness/card-state';
import { useHostileSuite } from '../harness/hostile-suite';
import { mentionPoint } from '../harness/mention-point';

/**
 * Pages whose root element is the containing block of fixed-position boxes (issue 15): such a
 * box's coordinates there are the root's, which scrolls with the page, not the viewport's.
 */
const page = (rootStyle: string) =>
  `<!doctype html><html lang="en" style="${rootStyle}"><meta charset="utf-8"><title>root</title>
<body style="font: 18px/1.6 serif; margin: 40px; max-width: 700px">
<div style="height: 1800px">Filler.</div>
<p id="lead">In the middle of a long page, President Tokayev spoke.</p>
<div style="height: 1800px">Filler.</div></body></html>`;

const ROOT_STYLES = ['will-change: transform', 'contain: paint', 'transform: translateZ(0)'];
const FIXTURES = Object.fromEntries(ROOT_STYLES.map((style, i) => [`/root-${i}`, page(style)]));

/**
 * Where the card is drawn: in the top layer (a popover, as in current browsers), or as a fixed
 * box under `<html>`, as in browsers without the Popover API (Chromium 105–113), simulated by
 * removing `showPopover` from the content script's world before the card is first created.
 */
const LAYERS: [string, string][] = [
  ['in the top layer', ''],
  ['without the Popover API', 'delete HTMLElement.prototype.showPopover'],
];
const CASES = LAYERS.flatMap(([layer, setup]) =>
  ROOT_STYLES.map((style, i) => [style, layer, `/root-${i}`, setup] as const),
);

/** The card's top edge minus the mention's centre: the card sits just below its line. */
async function gapBelow(tab: Page, card: () => Promise<CardState>): Promise<number> {
  const point = await mentionPoint(tab, '#lead', 'Tokayev');
  const rect = (await card()).rect;
  if (!rect) throw new Error('The card has no box');
  expect(rect.left).toBeGreaterThan(point.x - 200);
  return rect.top - point.y;
}

/** Below the mention's line, as on a plain page: half a line plus the offset, give or take. */
const expectBelow = (gap: number) => {
  expect(gap).toBeGreaterThan(0);
  expect(gap).toBeLessThan(40);
};

describe('the card on a scrolled page whose root element contains fixed boxes, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  async function openPage(path: string, setup: string) {
    const opened = await suite.open(path);
    if (setup) await opened.probe.evaluate(setup);
    return opened;
  }

  it.each(CASES)('hovered, with %s on <html>, %s', async (_style, _layer, path, setup) => {
    const { tab, card, close } = await openPage(path, setup);
    await tab.evaluate(`document.getElementById('lead').scrollIntoView({ block: 'center' })`);
    expect(await tab.evaluate('scrollY')).toBeGreaterThan(1000);
    const point = await mentionPoint(tab, '#lead', 'Tokayev');
    await tab.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(true);
    const gap = await gapBelow(tab, card);
    expectBelow(gap);

    // The page scrolls under the open card: the card keeps its place by the mention.
    await tab.mouse.wheel(0, 60);
    await expect.poll(() => gapBelow(tab, card)).toBe(gap);
    await close();
  });

  it.each(CASES)(
    'from the keyboard, with %s on <html>, %s',
    async (_style, _layer, path, setup) => {
      const { tab, card, close } = await openPage(path, setup);
      const tabId = await suite.browser.tabIdOf(tab);
      await (
        await suite.browser.worker()
      ).evaluate((id) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        };
        return chrome.tabs.sendMessage(id, { type: 'kc:step-mention', direction: 'next' });
      }, tabId);
      await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(true);
      expect(await tab.evaluate('scrollY')).toBeGreaterThan(1000);
      expectBelow(await gapBelow(tab, card));
      await close();
    },
  );
});
