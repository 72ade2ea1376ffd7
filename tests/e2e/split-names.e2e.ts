import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { pageRecord, paintedTexts, watchPage } from '../harness/page-watch';
import { screenshotDir } from '../harness/screenshot-dir';
import { SPLIT_PAGE, SPLIT_PAINTED as PAINTED } from '../fixtures/split-page';

const SCREENSHOTS = screenshotDir('chromium');

type CardState = { open: boolean; text: string };

describe('names split across inline elements, in Chromium', () => {
  const suite = useExtensionSuite(
    (path) => (path === '/split' ? { body: SPLIT_PAGE } : undefined),
    { viewport: { width: 1000, height: 700 } },
  );

  async function open() {
    const page = await suite.browser.context.newPage();
    await watchPage(page);
    await page.goto(suite.server.url('/split'));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    const card = () => probe.evaluate<CardState>('globalThis.__kazakhstanContext.card()');
    return { page, probe, card };
  }

  it('paints each split name as one highlight over its pieces, counts it once, changes nothing', async () => {
    const { page, probe } = await open();
    const painted = await paintedTexts(page);
    for (const names of Object.values(painted)) names.sort();
    expect(painted).toEqual(PAINTED);
    expect((await probe.state()).counts).toEqual({ kazakhstan: 2, tokayev: 2, almaty: 1 });
    const tabId = await suite.browser.tabIdOf(page);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    expect(await pageRecord(page)).toEqual({ changedHtml: false, mutations: [], errors: [] });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'split-names.png') });
    expect(probe.problems).toEqual([]);
    await probe.detach();
    await page.close();
  });

  it.each([
    ['#bold b', 'stan', 'Kazakhstan'],
    ['#cyrillic', 'аев', 'Kassym-Jomart Tokayev'],
    ['#full', ' Tokayev', 'Kassym-Jomart Tokayev'],
    ['#nested i', 'akh', 'Kazakhstan'],
  ])('opens the card on hovering a later piece (%s "%s")', async (selector, piece, entityName) => {
    const { page, probe, card } = await open();
    const point = await mentionPoint(page, selector, piece.trim());
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(true);
    expect((await card()).text).toContain(entityName);
    // The hovered mention is marked whole, not just the piece under the pointer.
    const active = (await paintedTexts(page))['kc-active'];
    const whole = PAINTED['kc-kazakhstan']
      .concat(PAINTED['kc-tokayev'])
      .filter((name) => name.includes(piece.trim()));
    expect(active?.length).toBe(1);
    expect(whole).toContain(active?.[0]);
    // The page's own content is untouched (the card's host is the one node added, to <html>).
    const record = await pageRecord(page);
    expect(record.changedHtml).toBe(false);
    expect(record.mutations.every((m) => m === 'childList on HTML')).toBe(true);
    expect(record.errors).toEqual([]);
    expect(probe.problems).toEqual([]);
    await probe.detach();
    await page.close();
  });

  it('steps through the mentions once each, a split name as one', async () => {
    const { page, probe, card } = await open();
    const tabId = await suite.browser.tabIdOf(page);
    const seen: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const found = await (
        await suite.browser.worker()
      ).evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
            }
          ).chrome.tabs.sendMessage(id, { type: 'kc:step-mention', direction: 'next' }),
        tabId,
      );
      expect(found).toEqual({ found: true });
      await expect.poll(async () => (await card()).open).toBe(true);
      await expect.poll(async () => (await paintedTexts(page))['kc-active']?.length).toBe(1);
      seen.push((await paintedTexts(page))['kc-active']?.[0] ?? '');
    }
    expect(seen).toEqual([
      'Kazakhstan',
      'Токаев',
      'Kassym-Jomart Tokayev',
      'Almaty',
      'Kazakhstan',
      'Kazakhstan',
    ]);
    await probe.detach();
    await page.close();
  });
});
