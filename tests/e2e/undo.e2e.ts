import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { cardState } from '../harness/card-state';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { resetSettings, storedSettings } from '../harness/extension-state';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { paintedTexts } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { NEWS_PAGE } from '../fixtures/news-page';

const SCREENSHOTS = screenshotDir('chromium');

/** What the debug handle says of the Undo notice. */
interface NoticeState {
  open: boolean;
  text: string;
  focused: string | null;
  controls: Record<string, { x: number; y: number }>;
}

/** Longer than the 500 ms a card or notice must be in plain view before a click counts. */
const SEEN_MS = 700;

const painted = async (page: Page) =>
  Object.values(await paintedTexts(page)).reduce((n, texts) => n + texts.length, 0);

describe('Undo after a card’s settings button, in Chromium', () => {
  const suite = useExtensionSuite(
    { '/news': NEWS_PAGE },
    {
      viewport: { width: 1100, height: 700 },
    },
  );

  beforeEach(async () => resetSettings(suite.browser));

  async function openNews() {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const tabId = await suite.browser.tabIdOf(page);
    const notice = () => probe.evaluate<NoticeState>('globalThis.__kazakhstanContext.notice()');
    return { page, probe, tabId, notice };
  }

  async function hoverTokayev(page: Page, probe: ContentProbe) {
    const point = await mentionPoint(page, 'p', 'Tokayev');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await cardState(probe)).open).toBe(true);
    await page.waitForTimeout(SEEN_MS);
    return cardState(probe);
  }

  it('turns the site off from the card, then Undo brings every highlight and the badge back', async () => {
    const { page, probe, tabId, notice } = await openNews();
    expect(await painted(page)).toBe(5);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');

    const card = await hoverTokayev(page, probe);
    const turnOff = card.controls['Turn off on this site'];
    if (!turnOff) throw new Error('no "Turn off on this site" in the card');
    await page.mouse.click(turnOff.x, turnOff.y);

    await expect.poll(() => painted(page)).toBe(0);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('');
    await expect.poll(notice).toMatchObject({
      open: true,
      text: 'Highlighting is off on 127.0.0.1.',
    });
    expect(await storedSettings(suite.browser)).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await page.waitForTimeout(SEEN_MS);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'undo-notice.png') });

    const undo = (await notice()).controls.Undo;
    if (!undo) throw new Error('no Undo in the notice');
    await page.mouse.click(undo.x, undo.y);
    await expect.poll(() => painted(page)).toBe(5);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    // Nothing stored is the defaults: no site turned off.
    const after = (await storedSettings(suite.browser)) as { disabledSites?: string[] } | undefined;
    expect(after?.disabledSites ?? []).toEqual([]);
    await expect.poll(notice).toMatchObject({ text: 'Undone: the highlights are back.' });
    await expect.poll(async () => (await notice()).open, { timeout: 5_000 }).toBe(false);
    await probe.detach();
    await page.close();
  });

  it('works from the keyboard: Tab stays in the card, Undo takes focus and is announced', async () => {
    const { page, probe, tabId, notice } = await openNews();
    await (
      await suite.browser.worker()
    ).evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { type: 'kc:step-mention', direction: 'next' }),
      tabId,
    );
    await expect.poll(async () => (await cardState(probe)).focused).toBe(true);
    const focusedName = () =>
      probe.evaluate<string>(
        `(() => { const a = globalThis.__kazakhstanContext.cardRoot()?.activeElement;
          return a ? (a.getAttribute('aria-label') ?? a.textContent) : ''; })()`,
      );
    // Many Tabs: focus goes round the card's controls and never leaves it.
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
    expect((await cardState(probe)).focused).toBe(true);
    // From the dialog, Shift+Tab goes round to the last control, then the one before it.
    await page.keyboard.press('Shift+Tab');
    const names = new Set<string>();
    for (let i = 0; i < 8 && (await focusedName()) !== 'Turn off on this site'; i += 1) {
      names.add(await focusedName());
      await page.keyboard.press('Shift+Tab');
    }
    expect(await focusedName()).toBe('Turn off on this site');
    await page.waitForTimeout(SEEN_MS);
    await page.keyboard.press('Enter');

    await expect.poll(() => painted(page)).toBe(0);
    await expect.poll(notice).toMatchObject({
      open: true,
      focused: 'Undo',
      text: 'Highlighting is off on 127.0.0.1.',
    });
    await page.waitForTimeout(SEEN_MS);
    await page.keyboard.press('Enter');
    await expect.poll(() => painted(page)).toBe(5);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    await probe.detach();
    await page.close();
  });

  it('hides a name from the card: the badge counts only what is highlighted, until Undo', async () => {
    const { page, probe, tabId, notice } = await openNews();
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    const card = await hoverTokayev(page, probe);
    const hide = card.controls['Hide Tokayev'];
    if (!hide) throw new Error('no "Hide Tokayev" in the card');
    await page.mouse.click(hide.x, hide.y);
    // The page names Tokayev twice: 3 highlights and a badge of 3 remain.
    await expect.poll(() => painted(page)).toBe(3);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('3');
    await expect
      .poll(notice)
      .toMatchObject({ text: 'Kassym-Jomart Tokayev is no longer highlighted.' });
    await page.waitForTimeout(SEEN_MS);
    const undo = (await notice()).controls.Undo;
    if (!undo) throw new Error('no Undo in the notice');
    await page.mouse.click(undo.x, undo.y);
    await expect.poll(() => painted(page)).toBe(5);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    await probe.detach();
    await page.close();
  });
});
