import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState } from '../harness/card-state';
import { ContentProbe } from '../harness/content-probe';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { storedSettings } from '../harness/extension-state';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { paintedTexts } from '../harness/page-watch';
import { startServer, type FixtureServer } from '../harness/server';
import { NEWS_PAGE } from '../fixtures/news-page';

/** Longer than the 500 ms a card or notice must be in plain view before a click counts. */
const SEEN_MS = 700;

/** 338 hostnames: as a v2 list they fill 8,151 of the 8,192 bytes storage.sync allows per item. */
const LIST = Array.from(
  { length: 330 },
  (_, i) => `site-${String(i).padStart(4, '0')}.example.org`,
);

const painted = async (page: Page) =>
  Object.values(await paintedTexts(page)).reduce((n, texts) => n + texts.length, 0);

/** Runs `script` (an async function's body, `chrome` in scope) in the extension's worker. */
async function inWorker(browser: ExtensionBrowser, script: string): Promise<unknown> {
  return (await browser.worker()).evaluate(`(async () => { ${script} })()`);
}

/** A browser with the extension, the news page served, for one describe. */
function useBrowser() {
  const state: { browser?: ExtensionBrowser; server?: FixtureServer } = {};
  beforeAll(async () => {
    state.server = await startServer((path) =>
      path === '/news' ? { body: NEWS_PAGE } : undefined,
    );
    state.browser = await launchWithExtension({ viewport: { width: 1100, height: 700 } });
  });
  afterAll(async () => {
    expect(state.browser?.blockedRequests).toEqual([]);
    await state.browser?.close();
    await state.server?.close();
  });
  return state as Required<typeof state>;
}

/** Opens the news page, hovers Tokayev and clicks the card's "Turn off on this site". */
async function turnOffFromCard(browser: ExtensionBrowser, server: FixtureServer) {
  const page = await browser.context.newPage();
  await page.goto(server.url('/news'));
  await waitForHighlights(page);
  const probe = await ContentProbe.attach(page);
  await probe.state();
  const point = await mentionPoint(page, 'p', 'Tokayev');
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await expect.poll(async () => (await cardState(probe)).open).toBe(true);
  await page.waitForTimeout(SEEN_MS);
  const turnOff = (await cardState(probe)).controls['Turn off on this site'];
  if (!turnOff) throw new Error('no "Turn off on this site" in the card');
  await page.mouse.click(turnOff.x, turnOff.y);
  const notice = () =>
    probe.evaluate<{ open: boolean; text: string }>('globalThis.__kazakhstanContext.notice()');
  return { page, probe, notice };
}

describe('"Turn off on this site" with a long list of sites, in Chromium', () => {
  const running = useBrowser();

  it('turns off one more site when a v2 list already fills its 8 KB sync item', async () => {
    const { browser, server } = running;
    await inWorker(
      browser,
      `await chrome.storage.sync.set({ settings: { version: 2, disabledSites: ${JSON.stringify(LIST)} } });`,
    );
    const { page, probe, notice } = await turnOffFromCard(browser, server);
    await expect.poll(() => painted(page)).toBe(0);
    await expect
      .poll(notice)
      .toMatchObject({ open: true, text: 'Highlighting is off on 127.0.0.1.' });
    expect(await storedSettings(browser)).toMatchObject({ disabledSites: [...LIST, '127.0.0.1'] });
    expect(probe.problems).toEqual([]);
    await probe.detach();
    await page.close();
  });
});

describe('"Turn off on this site" when storage refuses, in Chromium', () => {
  const running = useBrowser();

  it('keeps the site on this device, and says so, when sync refuses more writes this minute', async () => {
    const { browser, server } = running;
    // storage.sync takes 120 writes a minute; these use them up.
    const refused = await inWorker(
      browser,
      `for (let i = 0; i < 130; i++) {
        try { await chrome.storage.sync.set({ filler: i }); } catch (e) { return String(e.message); }
      }
      return 'never refused';`,
    );
    expect(refused).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    const { page, probe, notice } = await turnOffFromCard(browser, server);
    await expect.poll(() => painted(page)).toBe(0);
    await expect.poll(notice).toMatchObject({
      open: true,
      text: 'Highlighting is off on 127.0.0.1. Saved on this device only: the browser’s synced storage for this extension is full.',
    });
    expect(await inWorker(browser, `return chrome.storage.local.get('site:127.0.0.1');`)).toEqual({
      'site:127.0.0.1': expect.any(Number),
    });
    await inWorker(browser, `await chrome.storage.local.remove('site:127.0.0.1');`);
    await probe.detach();
    await page.close();
  });
});
