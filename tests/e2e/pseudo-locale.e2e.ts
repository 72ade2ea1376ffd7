import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityId } from '../../src/dossier/types';
import { cardFit, inside, showNextMention, type CardFit } from '../harness/card-fit';
import { ContentProbe } from '../harness/content-probe';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { waitForHighlights } from '../harness/highlights';
import { englishKeys, pseudoChromeBuild, type PseudoBuild } from '../harness/pseudo-locale';
import { screenshotDir } from '../harness/screenshot-dir';
import { startServer, type FixtureServer } from '../harness/server';

// Always the ignored folder: these pictures are for looking at, never for the README.
const SCREENSHOTS = screenshotDir('chromium', {});

const FILLER = `<p>${'Filler text for the page. '.repeat(80)}</p>`;
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>pseudo</title>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 680px; margin: 40px auto; }</style>
<body>${FILLER}<p>Protests spread across Kazakhstan.</p>${FILLER}
<p>President Tokayev spoke.</p>${FILLER}<p>Gunfire in Almaty.</p>${FILLER}</body></html>`;

const ENTITIES: readonly EntityId[] = ['kazakhstan', 'tokayev', 'almaty'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 400, height: 700 },
] as const;
/** Chrome's popup is at most 600 px tall; its width is the popup's own (360 px). */
const POPUP = { width: 360, maxHeight: 600 };

/**
 * Elements under `root` whose content is wider than their box, scrolling or spilling out. Boxes
 * 1 px wide are the screen-reader-only text (`.visually-hidden`), clipped on purpose.
 */
const OVERFLOWING = `(root) => [...root.querySelectorAll('*')]
  .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
  .map((el) => (el.className || el.tagName) + ' ' + el.scrollWidth + '>' + el.clientWidth)`;

let build: PseudoBuild;
let server: FixtureServer;

beforeAll(async () => {
  build = await pseudoChromeBuild();
  server = await startServer((path) => (path === '/pseudo' ? { body: PAGE } : undefined));
});

afterAll(async () => {
  await server.close();
  await rm(build.path, { recursive: true, force: true });
});

it('pseudo-localises every message the card and popup show', () => {
  const keys = englishKeys('card', 'dossier', 'figures', 'popup', 'common');
  expect(keys.filter((key) => !build.replaced.has(key))).toEqual([]);
});

describe.each(VIEWPORTS)('the pseudo-localised card at $width×$height', (viewport) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ extensionPath: build.path, viewport });
  });

  afterAll(async () => {
    expect(browser.blockedRequests).toEqual([]);
    await browser.close();
  });

  it.each(ENTITIES)('shows the whole %s card with no text spilling out', async (id) => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/pseudo'));
    await waitForHighlights(page);
    const tabId = await browser.tabIdOf(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    await showNextMention(browser, tabId, id);
    await expect.poll(() => cardFit(probe)).not.toBeNull();
    await page.waitForTimeout(300); // the fade-in and the placement settle
    const fit = (await cardFit(probe)) as CardFit;
    const view = { top: 0, left: 0, bottom: fit.viewport.height, right: fit.viewport.width };
    const text = await probe.evaluate<string>(
      `globalThis.__kazakhstanContext.cardRoot().querySelector('[role="dialog"]').textContent`,
    );
    const overflowing = await probe.evaluate<string[]>(
      `(${OVERFLOWING})(globalThis.__kazakhstanContext.cardRoot())`,
    );
    console.log(`pseudo card ${id} at ${viewport.width} px: ${fit.card.bottom - fit.card.top} px`);
    if (id === 'kazakhstan') {
      await page.screenshot({ path: resolve(SCREENSHOTS, `pseudo-card-${viewport.width}.png`) });
    }
    expect(text).toContain('[Ţûŕñ öff öñ ţĥîš šîţé'); // the pseudo words reached the card
    expect(inside(fit.card, view)).toBe(true);
    expect(inside(fit.actions, fit.card)).toBe(true);
    expect(inside(fit.lastFact, fit.card)).toBe(true);
    expect(fit.scrolling).toEqual([]);
    expect(overflowing).toEqual([]);
    await probe.detach();
    await page.close();
  });
});

describe('the pseudo-localised popup', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ extensionPath: build.path });
  });

  afterAll(async () => {
    expect(browser.blockedRequests).toEqual([]);
    await browser.close();
  });

  // At +40 % the whole popup is taller than Chrome's 600 px (it then scrolls; the English one
  // fits, tests/e2e/popup-layout.e2e.ts): what must stay in the first view are the switches and
  // every name's "Next mention" button, and nothing may be cut off sideways.
  it('keeps 360 px wide, its switches and buttons in the first 600 px, nothing cut off', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/pseudo'));
    await waitForHighlights(page);
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.context.newPage();
    // A short window: the document's height is then its content's, as in the real popup.
    await popup.setViewportSize({ width: POPUP.width, height: 200 });
    await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('.shortcuts').waitFor();
    await popup.getByRole('button', { name: /Almaty/ }).waitFor();
    const size = await popup.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
      controlsBottom: Math.max(
        ...[...document.querySelectorAll('input, button')].map(
          (el) => el.getBoundingClientRect().bottom + scrollY,
        ),
      ),
      text: document.body.textContent ?? '',
    }));
    const overflowing = await popup.evaluate(`(${OVERFLOWING})(document.body)`);
    console.log(
      `pseudo popup at 360 px: ${size.height} px, controls end at ${size.controlsBottom}`,
    );
    await popup.setViewportSize({ width: POPUP.width, height: Math.max(size.height, 200) });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'pseudo-popup.png') });
    expect(size.text).toContain('[Ñéxţ méñţîöñ'); // the pseudo words reached the popup
    expect(size.width).toBe(POPUP.width);
    expect(size.controlsBottom).toBeLessThanOrEqual(POPUP.maxHeight);
    expect(overflowing).toEqual([]);
    await popup.close();
    await page.close();
  });
});
