import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import {
  ANCHOR_PAGE,
  ANCHOR_PAGE_BADGE,
  PLAIN_PAGE,
  SAME_DOCUMENT_STEPS,
} from '../fixtures/navigation-pages';

/** Longer than the browser takes to send the tab's "loading" and "complete" updates. */
const SETTLE_MS = 400;

describe('the badge across navigations, in Chromium', () => {
  const suite = useExtensionSuite({
    '/anchors': ANCHOR_PAGE,
    '/plain': PLAIN_PAGE,
  });

  it('keeps the count through same-document navigations, and clears it for a new document', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/anchors'));
    await waitForHighlights(page);
    const tabId = await suite.browser.tabIdOf(page);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe(ANCHOR_PAGE_BADGE);

    const badges: Record<string, string> = {};
    for (const [name, script] of SAME_DOCUMENT_STEPS) {
      const url = page.url();
      await page.evaluate(script);
      await expect.poll(() => page.url()).not.toBe(url);
      await page.waitForTimeout(SETTLE_MS);
      badges[name] = await suite.browser.badgeOf(tabId);
    }
    expect(badges).toEqual(
      Object.fromEntries(SAME_DOCUMENT_STEPS.map(([name]) => [name, ANCHOR_PAGE_BADGE])),
    );

    // A new document without mentions: the browser resets the tab's badge, nothing sets it.
    await page.click('#away');
    await page.waitForURL(/\/plain$/);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('');
    await page.waitForTimeout(SETTLE_MS);
    expect(await suite.browser.badgeOf(tabId)).toBe('');

    // Back to the page with mentions: its count again. (Chromium started by Playwright has its
    // back/forward cache off, `BackForwardCacheDisabledByCommandLine`, so this is a new load;
    // the cached case is covered in Firefox and by tests/dom/content/badge-report.test.ts.)
    await page.goBack();
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe(ANCHOR_PAGE_BADGE);
    await page.close();
  });
});
