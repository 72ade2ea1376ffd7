import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';

/**
 * Sets the page's viewport. Firefox 140 answers puppeteer's screen-orientation override with
 * "unknown command" after the viewport itself is applied: that part alone may fail.
 */
export async function setViewport(page: Page, size: { width: number; height: number }) {
  await page.setViewport(size).catch((error: unknown) => {
    if (!String(error).includes('unknown command')) throw error;
  });
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
