import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { waitForHighlights } from '../harness/highlights';
import { startServer, type FixtureServer } from '../harness/server';
import {
  ANCHOR_PAGE,
  ANCHOR_PAGE_BADGE,
  PLAIN_PAGE,
  SAME_DOCUMENT_STEPS,
} from '../fixtures/navigation-pages';

/** Longer than the browser takes to send the tab's "loading" and "complete" updates. */
const SETTLE_MS = 400;

describe('the badge across navigations, in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer((path) => {
      if (path === '/anchors') return { body: ANCHOR_PAGE };
      if (path === '/plain') return { body: PLAIN_PAGE };
      return undefined;
    });
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    expect(browser.blockedRequests).toEqual([]);
    await browser.close();
    await server.close();
  });

  it('keeps the count through same-document navigations, and clears it for a new document', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/anchors'));
    await waitForHighlights(page);
    const tabId = await browser.tabIdOf(page);
    await expect.poll(() => browser.badgeOf(tabId)).toBe(ANCHOR_PAGE_BADGE);

    const badges: Record<string, string> = {};
    for (const [name, script] of SAME_DOCUMENT_STEPS) {
      const url = page.url();
      await page.evaluate(script);
      await expect.poll(() => page.url()).not.toBe(url);
      await page.waitForTimeout(SETTLE_MS);
      badges[name] = await browser.badgeOf(tabId);
    }
    expect(badges).toEqual(
      Object.fromEntries(SAME_DOCUMENT_STEPS.map(([name]) => [name, ANCHOR_PAGE_BADGE])),
    );

    // A new document without mentions: the browser resets the tab's badge, nothing sets it.
    await page.click('#away');
    await page.waitForURL(/\/plain$/);
    await expect.poll(() => browser.badgeOf(tabId)).toBe('');
    await page.waitForTimeout(SETTLE_MS);
    expect(await browser.badgeOf(tabId)).toBe('');

    // Back to the page with mentions: its count again. (Chromium started by Playwright has its
    // back/forward cache off, `BackForwardCacheDisabledByCommandLine`, so this is a new load;
    // the cached case is covered in Firefox and by tests/dom/content/badge-report.test.ts.)
    await page.goBack();
    await expect.poll(() => browser.badgeOf(tabId)).toBe(ANCHOR_PAGE_BADGE);
    await page.close();
  });
});
