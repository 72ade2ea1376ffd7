import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntityId } from '../../src/dossier/types';
import { cardFit, inside, showNextMention, type CardFit } from '../harness/card-fit';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { screenshotDir } from '../harness/screenshot-dir';

const SCREENSHOTS = screenshotDir('chromium');

// Each name in its own paragraph between long ones, so that its card opens mid-viewport (the
// popup's "Next mention" centres it): the least room above and below.
const FILLER = `<p>${'Filler text for the page. '.repeat(80)}</p>`;
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>fit</title>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 680px; margin: 40px auto; }</style>
<body>${FILLER}<p>Protests spread across Kazakhstan.</p>${FILLER}
<p>President Tokayev spoke.</p>${FILLER}<p>Gunfire in Almaty.</p>${FILLER}</body></html>`;

/** The windows of the issue: desktop, a narrow window, 200 % zoom, a 24 px default font. */
const CASES = [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, zoom: 1, fontPx: 16 },
  { name: '400×700', viewport: { width: 400, height: 700 }, zoom: 1, fontPx: 16 },
  { name: '1280×800 at 200 % zoom', viewport: { width: 1280, height: 800 }, zoom: 2, fontPx: 16 },
  {
    name: '1280×800 with a 24 px default font',
    viewport: { width: 1280, height: 800 },
    zoom: 1,
    fontPx: 24,
  },
] as const;

const ENTITIES: readonly EntityId[] = ['kazakhstan', 'tokayev', 'almaty'];

describe.each(CASES)('the card at $name', ({ name, viewport, zoom, fontPx }) => {
  const suite = useExtensionSuite({ '/fit': PAGE }, { viewport });
  const fits = new Map<EntityId, CardFit>();

  afterAll(async () => {
    // The measured heights, for the record (the issue asks for them per entity).
    const heights = ENTITIES.map((id) => `${id} ${Math.round(height(fits.get(id)))} px`);
    console.log(`card heights at ${name}: ${heights.join(', ')}`);
  });

  const height = (fit?: CardFit) => (fit ? fit.card.bottom - fit.card.top : NaN);

  it.each(ENTITIES)(
    'shows the whole %s card, its last fact and its actions, without scrolling',
    async (id) => {
      const page = await suite.browser.context.newPage();
      await page.goto(suite.server.url('/fit'));
      await waitForHighlights(page);
      const tabId = await suite.browser.tabIdOf(page);
      const worker = await suite.browser.worker();
      if (zoom !== 1) {
        // The browser's own zoom, as Ctrl and + set it.
        await worker.evaluate(
          ({ tabId, zoom }) =>
            (
              globalThis as unknown as {
                chrome: { tabs: { setZoom(id: number, z: number): Promise<void> } };
              }
            ).chrome.tabs.setZoom(tabId, zoom),
          { tabId, zoom },
        );
      }
      if (fontPx !== 16) {
        // The reader's default font size, as the browser's font-size setting sets it.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontPx } });
      }
      const probe = await ContentProbe.attach(page);
      await probe.state();
      await showNextMention(suite.browser, tabId, id);
      await expect.poll(() => cardFit(probe)).not.toBeNull();
      await page.waitForTimeout(300); // the fade-in and the placement settle
      const fit = (await cardFit(probe)) as CardFit;
      fits.set(id, fit);
      const view = { top: 0, left: 0, bottom: fit.viewport.height, right: fit.viewport.width };
      expect(fit.viewport.width).toBe(Math.round(viewport.width / zoom));
      expect(inside(fit.card, view)).toBe(true);
      expect(inside(fit.actions, fit.card)).toBe(true);
      expect(inside(fit.lastFact, fit.card)).toBe(true);
      expect(fit.scrolling).toEqual([]);
      // The card follows the reader's default font size (14 px at 16 px).
      expect(fit.fontPx).toBeCloseTo((fontPx * 14) / 16, 0);
      if (zoom === 1 && fontPx === 16 && viewport.width === 1280) {
        expect(height(fit)).toBeLessThanOrEqual(320);
      }
      if (id === 'kazakhstan') {
        const file = `card-fit-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
        // The window as drawn (Playwright's own screenshot clips in unzoomed CSS px).
        const cdp = await page.context().newCDPSession(page);
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
        await writeFile(resolve(SCREENSHOTS, file), Buffer.from(data, 'base64'));
      }
      await probe.detach();
      await page.close();
    },
  );
});
