import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/dossier/facts';
import { cardElementPoint, firefoxCardState } from '../harness/firefox-card';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { pageRecord, recordPage } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { ARTICLE_PAGE } from '../fixtures/article-page';

const SCREENSHOTS = screenshotDir('firefox');

describe('hover card in Firefox', () => {
  const suite = useFirefoxSuite(
    { '/article': ARTICLE_PAGE },
    { viewport: { width: 1000, height: 700 } },
  );

  async function open() {
    const page = await suite.browser.newPage();
    await page.evaluateOnNewDocument(recordPage);
    await page.goto(suite.server.url('/article'));
    await waitForHighlights(page);
    return { page, card: () => firefoxCardState(page) };
  }

  it('opens on hover, stays while the pointer is in it, closes after leaving, closes on Esc', async () => {
    const { page, card } = await open();
    expect((await card()).open).toBe(false);
    const point = await mentionPoint(page, '#lead', 'Tokayev');
    const started = Date.now();
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_000, interval: 25 }).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const state = await card();
    expect(state.text).toContain('Kassym-Jomart Tokayev');
    expect(state.text).toContain('President of Kazakhstan');
    expect(state.text).toContain('From a news report of 7 January 2022');
    expect(state.focused).toBe(false); // hover never moves focus
    await sleep(400); // let the fade-in finish before the screenshot
    await page.screenshot({ path: resolve(SCREENSHOTS, 'card.png') });

    // Into the card: it stays.
    const rect = state.rect ?? { left: 0, top: 0, right: 0, bottom: 0 };
    const inside = { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
    await page.mouse.move(inside.x, inside.y, { steps: 8 });
    await sleep(700);
    expect((await card()).open).toBe(true);

    // Away from both: it closes about 300 ms later.
    await page.mouse.move(5, 690, { steps: 4 });
    await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(false);

    // Again, then Esc.
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);

    // The only change to the page is our card's host element.
    const record = await pageRecord(page);
    expect(record.changedHtml).toBe(false);
    expect(record.mutations.every((m) => m === 'childList on HTML')).toBe(true);
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it('opens the source page at the fact from the card\u2019s link, in a new tab', async () => {
    const { page, card } = await open();
    const point = await mentionPoint(page, '#lead', 'Almaty');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_000 }).toBe(true);
    const link = await cardElementPoint(page, 'a.descriptor-source');
    expect(link).toBeDefined();
    await page.mouse.move(link?.x ?? 0, link?.y ?? 0, { steps: 4 });
    await page.mouse.click(link?.x ?? 0, link?.y ?? 0);

    const sourceTabUrl = async () => {
      const tabs = await suite.browser.inExtension((api) => api.tabs.query({}), undefined);
      const prefix = `${suite.browser.extensionUrl('source.html')}#fact-`;
      return tabs.find((tab) => tab.url?.startsWith(prefix))?.url;
    };
    await expect.poll(sourceTabUrl, { timeout: 3_000 }).toBeDefined();
    const factId = /#fact-(.+)$/.exec((await sourceTabUrl()) ?? '')?.[1];
    expect(FACTS.map((fact) => fact.id)).toContain(factId);
    await page.close();
  });
});
