import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import type { FirefoxExtensionBrowser } from './firefox-extension';

/**
 * Sets the page's viewport. Firefox 140 answers puppeteer's screen-orientation override, sent
 * with it, with "unknown command", and puppeteer gives up before the viewport is confirmed:
 * there, wait until the window has the size asked for.
 */
export async function setViewport(page: Page, size: { width: number; height: number }) {
  const unsupported = await page.setViewport(size).then(
    () => false,
    (error: unknown) => {
      if (!String(error).includes('unknown command')) throw error;
      return true;
    },
  );
  if (!unsupported) return;
  const deadline = Date.now() + 5_000;
  for (;;) {
    const now = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    if (now.width === size.width && now.height === size.height) return;
    if (Date.now() > deadline)
      throw new Error(`Viewport ${JSON.stringify(now)}, not ${JSON.stringify(size)}`);
    await sleep(25);
  }
}

/**
 * Navigates a tab to an extension page and waits until it has loaded. Firefox's remote agent
 * sends no load event for `moz-extension:` documents, so `page.goto` would never settle: start
 * the navigation without awaiting it and watch the document instead.
 */
export async function gotoExtensionPage(page: Page, url: string, timeout = 10_000) {
  // Settles (as an error) only when the tab closes: nothing to wait for or report.
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => undefined);
    if (state?.href === url && state.ready === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load: ${JSON.stringify(state)}`);
    await sleep(50);
  }
}

/** What the content script of the tab showing `url` answers the popup's state request. */
export async function contentStateIn(browser: FirefoxExtensionBrowser, url: string) {
  const tabId = await browser.tabIdOf(url);
  return browser.inExtension(
    (api, id) => api.tabs.sendMessage(id, { type: 'kc:get-state' }),
    tabId,
  ) as Promise<{ counts: Record<string, number>; siteKey: string | null; enabledOnSite: boolean }>;
}
