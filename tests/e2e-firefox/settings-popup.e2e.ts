import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { setViewport } from '../harness/firefox-tabs';
import { waitForHighlights } from '../harness/highlights';
import { paintedTexts } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { NEWS_PAGE } from '../fixtures/news-page';

const SCREENSHOTS = screenshotDir('firefox');

const painted = async (page: Page) =>
  Object.values(await paintedTexts(page)).reduce((n, texts) => n + texts.length, 0);

// A tab behind the popup's runs its timers throttled: repainting takes up to ~1.2 s there.
const BACKGROUND_TAB = { timeout: 3_000, interval: 100 };

describe('per-site switch, popup, options and badge in Firefox', () => {
  const suite = useFirefoxSuite({ '/news': NEWS_PAGE }, { viewport: { width: 1100, height: 700 } });

  const badgeOf = (tabId: number) =>
    suite.browser.inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);

  async function openNews(origin: string) {
    const page = await suite.browser.newPage();
    await page.goto(`${origin}/news`);
    await waitForHighlights(page);
    return { page, tabId: await suite.browser.tabIdOf(page.url()) };
  }

  it('turns a site off from the popup and back on from the options page, live', async () => {
    const { page, tabId } = await openNews(suite.server.origin);
    expect(await painted(page)).toBe(5);
    await expect.poll(() => badgeOf(tabId)).toBe('5');

    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await setViewport(popup, { width: 360, height: 760 });
    const siteSwitch = '::-p-aria([name="Highlight on 127.0.0.1"][role="switch"])';
    const checked = () =>
      popup.$eval(siteSwitch, (element) => (element as HTMLInputElement).checked).catch(() => null);
    await expect.poll(checked).toBe(true);
    await sleep(200); // the popup's facts and chart render after the page's state arrives
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png') });

    await popup.click(siteSwitch);
    await expect.poll(checked).toBe(false);
    // The page's highlights go without a reload, and so does the badge.
    await expect.poll(() => painted(page), BACKGROUND_TAB).toBe(0);
    await expect.poll(() => badgeOf(tabId)).toBe('');

    await page.reload();
    await sleep(500);
    expect(await painted(page)).toBe(0);
    expect(await badgeOf(tabId)).toBe('');

    // Another site (same server, another host name) is still highlighted.
    const other = await openNews(suite.server.altOrigin);
    expect(await painted(other.page)).toBe(5);
    await expect.poll(() => badgeOf(other.tabId)).toBe('5');

    const options = await suite.browser.openExtensionPage('options.html');
    await setViewport(options, { width: 900, height: 900 });
    const remove = '::-p-aria([name="Remove 127.0.0.1"][role="button"])';
    await expect.poll(() => options.$(remove).then(Boolean)).toBe(true);
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options.png'), fullPage: true });
    await options.click(remove);

    await expect.poll(() => painted(page), BACKGROUND_TAB).toBe(5);
    await expect.poll(() => badgeOf(tabId)).toBe('5');
    for (const tab of [popup, options, other.page, page]) await tab.close();
  });
});
