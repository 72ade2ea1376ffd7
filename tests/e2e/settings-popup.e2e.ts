import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { paintedTexts } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { NEWS_PAGE } from '../fixtures/news-page';

const SCREENSHOTS = screenshotDir('chromium');

const painted = async (page: Page) =>
  Object.values(await paintedTexts(page)).reduce((n, texts) => n + texts.length, 0);

describe('per-site switch, popup, options and badge in Chromium', () => {
  const suite = useExtensionSuite(
    { '/news': NEWS_PAGE },
    {
      viewport: { width: 1100, height: 700 },
    },
  );

  it('turns a site off from the popup and back on from the options page, live', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    expect(await painted(page)).toBe(5);
    const tabId = await suite.browser.tabIdOf(page);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');

    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 760 });
    const siteSwitch = popup.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await expect
      .poll(() => popup.getByText('Tokayev', { exact: false }).count())
      .toBeGreaterThan(0);

    await siteSwitch.click();
    // The page's highlights go without a reload, and so does the badge.
    await expect.poll(() => painted(page), { timeout: 2_000 }).toBe(0);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('');

    await page.reload();
    await page.waitForTimeout(500);
    expect(await painted(page)).toBe(0);
    expect(await suite.browser.badgeOf(tabId)).toBe('');

    // Another site (same server, another host name) is still highlighted.
    const other = await suite.browser.context.newPage();
    await other.goto(`${suite.server.altOrigin}/news`);
    await waitForHighlights(other);
    expect(await painted(other)).toBe(5);
    const otherTab = await suite.browser.tabIdOf(other);
    await expect.poll(() => suite.browser.badgeOf(otherTab)).toBe('5');

    const options = await suite.browser.openExtensionPage('options.html');
    await options.setViewportSize({ width: 900, height: 900 });
    const remove = options.getByRole('button', { name: 'Remove 127.0.0.1' });
    await expect.poll(() => remove.count()).toBe(1);
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options.png'), fullPage: true });
    await remove.click();

    await expect.poll(() => painted(page), { timeout: 2_000 }).toBe(5);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    await popup.close();
    await options.close();
    await other.close();
    await page.close();
  });

  it('says so in the popup where content scripts cannot run, and still shows the facts', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('about:blank');
    const tabId = await suite.browser.tabIdOf(page);
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByText(/cannot run on this page/i).count()).toBe(1);
    expect(await popup.getByText('Interior Ministry', { exact: false }).count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
