import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { cardElementPoint, firefoxCardState } from '../harness/firefox-card';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { setViewport } from '../harness/firefox-tabs';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { paintedTexts } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { NEWS_PAGE } from '../fixtures/news-page';

const SCREENSHOTS = screenshotDir('firefox');

/** Longer than the 500 ms a card or notice must be in plain view before a click counts. */
const SEEN_MS = 800;

const painted = async (page: Page) =>
  Object.values(await paintedTexts(page)).reduce((n, texts) => n + texts.length, 0);

/** `browser.commands` as an extension page has it in Firefox (which can rebind). */
interface Commands {
  commands: {
    update(detail: { name: string; shortcut: string }): Promise<void>;
    reset(name: string): Promise<void>;
  };
}

describe('Undo and the popup’s first view in Firefox', () => {
  const suite = useFirefoxSuite({ '/news': NEWS_PAGE }, { viewport: { width: 1100, height: 700 } });

  const badgeOf = (tabId: number) =>
    suite.browser.inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);

  /** Clicks an element of our closed root (the card, or the notice once the card is gone). */
  async function clickOurs(page: Page, selector: string) {
    const point = await cardElementPoint(page, selector);
    if (!point) throw new Error(`nothing matches ${selector}`);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await sleep(SEEN_MS);
    await page.mouse.click(point.x, point.y);
  }

  it('turns the site off from the card, then Undo brings the highlights and badge back', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    const tabId = await suite.browser.tabIdOf(page.url());
    expect(await painted(page)).toBe(5);
    await expect.poll(() => badgeOf(tabId)).toBe('5');

    const point = await mentionPoint(page, 'p', 'Tokayev');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await firefoxCardState(page)).open).toBe(true);
    await clickOurs(page, '.actions button');

    await expect.poll(() => painted(page)).toBe(0);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    // The card is gone: the closed root now on the page is the notice's.
    await expect
      .poll(async () => (await firefoxCardState(page)).text)
      .toContain('Highlighting is off on 127.0.0.1.');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'undo-notice.png') });
    await clickOurs(page, 'button.undo');
    await expect.poll(() => painted(page), { timeout: 3_000 }).toBe(5);
    await expect.poll(() => badgeOf(tabId)).toBe('5');
    await expect
      .poll(async () => (await firefoxCardState(page)).text)
      .toContain('Undone: the highlights are back.');
    await page.close();
  });

  it('fits the 600 px popup at 360 px wide and lists the shortcuts, a rebinding included', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    const tabId = await suite.browser.tabIdOf(page.url());
    await suite.browser.inExtension(
      (api) =>
        (api as unknown as Commands).commands.update({
          name: 'next-mention',
          shortcut: 'Alt+Shift+J',
        }),
      undefined,
    );
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    // A short window: the document's height is then its content's, as in the real popup.
    await setViewport(popup, { width: 360, height: 200 });
    await expect.poll(() => popup.$('.shortcuts').then(Boolean)).toBe(true);
    await expect.poll(() => popup.$('.mentions').then(Boolean)).toBe(true);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`Firefox popup height at 360 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(600);
    const cells = await popup.$$eval('.shortcuts dt, .shortcuts dd', (all) =>
      all.map((cell) => cell.textContent),
    );
    expect(cells.slice(0, 2)).toEqual(['Next mention', 'Alt+Shift+J']);
    await suite.browser.inExtension(
      (api) => (api as unknown as Commands).commands.reset('next-mention'),
      undefined,
    );
    await setViewport(popup, { width: 360, height });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-first-view.png') });
    await popup.close();
    await page.close();
  });
});
