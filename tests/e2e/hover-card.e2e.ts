import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { mentionPoint } from '../harness/mention-point';
import { waitForHighlights } from '../harness/highlights';
import { pageRecord, watchPage } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { ARTICLE_PAGE } from '../fixtures/article-page';

const SCREENSHOTS = screenshotDir('chromium');

const HOSTILE = `<!doctype html><html><meta charset="utf-8"><title>hostile css</title>
<style>
  html { font-size: 40px !important; zoom: 1.2; }
  * { color: red !important; font-family: 'Comic Sans MS' !important; letter-spacing: 3px !important; }
  kazakhstan-context, div, p, section { display: block !important; transform: rotate(2deg) !important; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 60px; background: #222; z-index: 99999; }
</style>
<body><header></header><div style="margin-top:120px" onclick="event.stopPropagation()">
<p id="lead">Kazakhstan under curfew while Tokayev speaks.</p></div></body></html>`;

type CardState = { open: boolean; text: string; focused: boolean; rect: DOMRectLike | null };
interface DOMRectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// A dark site (in a light browser): the highlights and the card on #121212.
const DARK_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>dark</title>
<body style="background: #121212; color: #e0e0e0; font: 18px/1.6 Georgia, serif; max-width: 680px; margin: 40px auto">
<h1>Unrest in Kazakhstan</h1>
<p id="lead">President Tokayev ordered security forces to open fire without warning, as clashes
went on in Almaty and across the country.</p>
<p>${'Filler text on a dark page. '.repeat(40)}</p></body></html>`;

const STOPPER = `<!doctype html><html dir="rtl" lang="ar"><meta charset="utf-8"><title>rtl</title>
<body style="font: 20px/1.6 serif; margin: 40px">
<div id="box"><p id="lead">قال الرئيس Tokayev إن النظام عاد إلى Almaty.</p></div>
<p>${'نص للتمرير. '.repeat(400)}</p>
<script>
  // The page swallows pointer and mouse events in the bubble phase, as some widgets do.
  for (const type of ['pointermove', 'pointerover', 'mousemove', 'mouseover', 'pointerdown', 'click']) {
    document.getElementById('box').addEventListener(type, (e) => e.stopPropagation());
    window.addEventListener(type, (e) => e.stopImmediatePropagation());
  }
</script></body></html>`;

describe('hover card in Chromium', () => {
  const suite = useExtensionSuite(
    {
      '/article': ARTICLE_PAGE,
      '/hostile': HOSTILE,
      '/stopper': STOPPER,
      '/dark-page': DARK_PAGE,
      '/elsewhere': '<title>elsewhere</title><p>Arrived.</p>',
    },
    { viewport: { width: 1000, height: 700 } },
  );

  async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await watchPage(page);
    await page.goto(suite.server.url(path));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const card = () => probe.evaluate<CardState>('globalThis.__kazakhstanContext.card()');
    return { page, probe, card };
  }

  it('opens on hover within 600 ms, stays over the card, closes after leaving, closes on Esc', async () => {
    const { page, probe, card } = await open('/article');
    const point = await mentionPoint(page, '#lead', 'Tokayev');
    const started = Date.now();
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 600, interval: 25 }).toBe(true);
    const openedAfter = Date.now() - started;
    expect(openedAfter).toBeGreaterThanOrEqual(250);
    const state = await card();
    expect(state.text).toContain('Kassym-Jomart Tokayev');
    expect(state.text).toContain('President of Kazakhstan');
    expect(state.text).toContain('From a news report of 7 January 2022');
    expect(state.focused).toBe(false); // hover never moves focus
    await page.waitForTimeout(400); // let the fade-in finish before the screenshot
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card-light.png') });

    // Into the card: it stays.
    const rect = state.rect as DOMRectLike;
    await page.mouse.move((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2, { steps: 8 });
    await page.waitForTimeout(700);
    expect((await card()).open).toBe(true);

    // Away from both: it closes about 300 ms later.
    await page.mouse.move(5, 690, { steps: 4 });
    await expect.poll(async () => (await card()).open, { timeout: 1_000 }).toBe(false);

    // Again, then Esc.
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 600 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 300 }).toBe(false);

    // The only change to the page is our card's host element.
    const record = await pageRecord(page);
    expect(record.changedHtml).toBe(false);
    expect(record.mutations.every((m) => m === 'childList on HTML')).toBe(true);
    expect(record.errors).toEqual([]);
    await probe.detach();
    await page.close();
  });

  it('goes to the next and previous mention from a keyboard command, focusing the card', async () => {
    const { page, probe, card } = await open('/article');
    const tabId = await suite.browser.tabIdOf(page);
    const step = async (direction: 'next' | 'previous') =>
      (await suite.browser.worker()).evaluate(
        ({ tabId, direction }) => {
          const { chrome } = globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
          };
          return chrome.tabs.sendMessage(tabId, { type: 'kc:step-mention', direction });
        },
        { tabId, direction },
      );
    expect(await step('previous')).toEqual({ found: true }); // wraps to the last mention
    await expect.poll(async () => (await card()).open).toBe(true);
    const last = await card();
    expect(last.focused).toBe(true);
    expect(last.text).toContain('Kassym-Jomart Tokayev');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100); // scrolled to #far
    await page.keyboard.press('Tab');
    expect((await card()).focused).toBe(true); // Tab stays within the card
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open).toBe(false);
    expect(await step('next')).toEqual({ found: true });
    await expect.poll(async () => (await card()).text).toContain('Kazakhstan');
    await probe.detach();
    await page.close();
  });

  it('opens the card from the popup\u2019s "next mention", scrolling the page to it', async () => {
    const { page, probe, card } = await open('/article');
    const tabId = await suite.browser.tabIdOf(page);
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const nextTokayev = popup
      .getByRole('listitem')
      .filter({ hasText: 'Kassym-Jomart Tokayev' })
      .getByRole('button', { name: /Next mention/ });
    await expect.poll(() => nextTokayev.count()).toBe(1);
    await nextTokayev.click();
    await nextTokayev.click();
    await expect.poll(async () => (await card()).open).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect((await card()).text).toContain('Kassym-Jomart Tokayev');
    await popup.close();
    await probe.detach();
    await page.close();
  });

  it('follows a link that contains a mention when it is clicked', async () => {
    const { page, probe } = await open('/article');
    const point = await mentionPoint(page, '#link', 'Almaty');
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(400);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/\/elsewhere$/);
    expect(await page.title()).toBe('elsewhere');
    await probe.detach();
    await page.close();
  });

  it('looks and works the same under hostile page CSS, in dark mode', async () => {
    const { page, probe, card } = await open('/hostile', 'dark');
    const point = await mentionPoint(page, '#lead', 'Kazakhstan');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 600 }).toBe(true);
    const rect = (await card()).rect as DOMRectLike;
    // Inside the viewport, and the page's huge root font size did not blow it up.
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(1000);
    expect(rect.bottom).toBeLessThanOrEqual(700);
    expect(rect.right - rect.left).toBeLessThanOrEqual(360);
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card-hostile-page.png') });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card-dark-hostile.png') });
    await probe.detach();
    await page.close();
  });

  it('shows the card in dark mode', async () => {
    const { page, probe, card } = await open('/article', 'dark');
    const point = await mentionPoint(page, '#lead', 'Almaty');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 600 }).toBe(true);
    expect((await card()).text).toContain('Economic capital');
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card-dark.png') });
    await probe.detach();
    await page.close();
  });

  it('shows the card and the highlights on a dark page', async () => {
    const { page, probe, card } = await open('/dark-page');
    const point = await mentionPoint(page, '#lead', 'Almaty');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 600 }).toBe(true);
    expect((await card()).text).toContain('Economic capital');
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card-on-dark-page.png') });
    await probe.detach();
    await page.close();
  });

  it('works on a right-to-left page that stops event propagation, and follows scrolling', async () => {
    const { page, probe, card } = await open('/stopper');
    const point = await mentionPoint(page, '#lead', 'Tokayev');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 600 }).toBe(true);
    const before = (await card()).rect as DOMRectLike;
    expect(before.left).toBeGreaterThanOrEqual(0);
    expect(before.right).toBeLessThanOrEqual(1000);

    // A small scroll: the card stays with its mention.
    await page.evaluate(() => window.scrollBy(0, 30));
    await expect
      .poll(async () => Math.round(((await card()).rect as DOMRectLike).top))
      .toBe(Math.round(before.top - 30));
    expect((await card()).open).toBe(true);

    // Scrolled out of view: the card closes rather than float in the wrong place.
    await page.evaluate(() => window.scrollBy(0, 2_000));
    await expect.poll(async () => (await card()).open, { timeout: 1_000 }).toBe(false);
    await probe.detach();
    await page.close();
  });
});
