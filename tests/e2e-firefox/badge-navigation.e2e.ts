import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { waitForHighlights } from '../harness/highlights';
import {
  ANCHOR_PAGE,
  ANCHOR_PAGE_BADGE,
  PLAIN_PAGE,
  SAME_DOCUMENT_STEPS,
} from '../fixtures/navigation-pages';

/** Longer than the browser takes to send the tab's updates after a navigation. */
const SETTLE_MS = 500;

describe('the badge across navigations, in Firefox', () => {
  const suite = useFirefoxSuite((path) => {
    // Cacheable: Firefox keeps no page served with `no-store` in its back/forward cache.
    const headers = { 'cache-control': 'no-cache' };
    if (path === '/anchors') return { body: ANCHOR_PAGE, headers };
    if (path === '/plain') return { body: PLAIN_PAGE, headers };
    return undefined;
  });

  const badgeOf = (tabId: number) =>
    suite.browser.inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);
  const href = (page: { evaluate(script: string): Promise<unknown> }) =>
    page.evaluate('location.href') as Promise<string>;

  /** The page with mentions in a new tab, once its badge is set. */
  async function openAnchors() {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/anchors'));
    await waitForHighlights(page);
    const tabId = await suite.browser.tabIdOf(page.url());
    await expect.poll(() => badgeOf(tabId)).toBe(ANCHOR_PAGE_BADGE);
    return { page, tabId };
  }

  /**
   * Leaves for a page without mentions (Firefox resets the tab's badge, nothing sets it), then
   * goes back: Firefox shows the same document again from its back/forward cache (the mark set
   * on it is still there), whose content script has counted nothing new, and must send its
   * count again.
   */
  async function awayAndBack(page: Awaited<ReturnType<typeof openAnchors>>['page'], tabId: number) {
    await page.evaluate(`window.kcKept = true; document.getElementById('away').click()`);
    await expect.poll(() => href(page)).toMatch(/\/plain$/);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await sleep(SETTLE_MS);
    expect(await badgeOf(tabId)).toBe('');

    await page.evaluate('history.back()');
    await expect.poll(() => href(page)).toMatch(/\/anchors/);
    expect(await page.evaluate('window.kcKept === true')).toBe(true);
    await expect.poll(() => badgeOf(tabId)).toBe(ANCHOR_PAGE_BADGE);
  }

  it('keeps the count through same-document navigations and the back/forward cache', async () => {
    const { page, tabId } = await openAnchors();
    const badges: Record<string, string> = {};
    for (const [name, script] of SAME_DOCUMENT_STEPS) {
      const url = await href(page);
      await page.evaluate(script);
      await expect.poll(() => href(page)).not.toBe(url);
      await sleep(SETTLE_MS);
      badges[name] = await badgeOf(tabId);
    }
    expect(badges).toEqual(
      Object.fromEntries(SAME_DOCUMENT_STEPS.map(([name]) => [name, ANCHOR_PAGE_BADGE])),
    );
    await awayAndBack(page, tabId);
    await page.close();
  });

  it('sends the count again from the back/forward cache after the page rewrote itself', async () => {
    const { page, tabId } = await openAnchors();
    // document.open() erases every listener on the window, the badge's "pageshow" included.
    await page.evaluate(
      `{ document.open(); document.write(${JSON.stringify(ANCHOR_PAGE)}); document.close(); }`,
    );
    await waitForHighlights(page);
    await sleep(SETTLE_MS);
    await awayAndBack(page, tabId);
    await page.close();
  });
});
