import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/dossier/entities';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { contentStateIn } from '../harness/firefox-tabs';
import { waitForHighlights } from '../harness/highlights';
import { pageRecord, paintedTexts, recordPage } from '../harness/page-watch';
import {
  EXPECTED_PAINTED,
  misplacedRanges,
  sortPainted,
  SPELLINGS_PAGE,
} from '../fixtures/spellings-page';
import { SPLIT_PAGE, SPLIT_PAINTED } from '../fixtures/split-page';

const DYNAMIC = `<!doctype html><meta charset="utf-8"><title>dynamic</title>
<body><p id="status">Loading</p><p>Almaty first.</p><ul id="feed"></ul>
<script>
  window.addStories = (n) => {
    for (let i = 0; i < n; i++) {
      const li = document.createElement('li');
      li.textContent = 'Story ' + i + ': Tokayev speaks';
      document.getElementById('feed').append(li);
    }
  };
  // The way React updates a text: the node stays, its data changes.
  window.rerender = () => { document.getElementById('status').firstChild.data = 'Loaded: Kazakhstan'; };
</script></body>`;

describe('highlighting in Firefox', () => {
  const suite = useFirefoxSuite({
    '/spellings': SPELLINGS_PAGE,
    '/dynamic': DYNAMIC,
    '/split': SPLIT_PAGE,
  });

  async function open(path: string): Promise<Page> {
    const page = await suite.browser.newPage();
    await page.evaluateOnNewDocument(recordPage);
    await page.goto(suite.server.url(path));
    return page;
  }

  /** What the content script tells our own extension page (the popup's request). */
  const pageState = (url: string) => contentStateIn(suite.browser, url);

  it('highlights every planted spelling with its entity, and nothing in the skip list', async () => {
    const page = await open('/spellings');
    await waitForHighlights(page);
    expect(sortPainted(await paintedTexts(page))).toEqual(EXPECTED_PAINTED);
    // Each range lies in a paragraph planted for its entity.
    expect(await misplacedRanges(page)).toEqual([]);
    await page.close();
  });

  it('leaves the page DOM byte-identical, with no mutation and no error', async () => {
    const page = await open('/spellings');
    await waitForHighlights(page);
    expect(await pageRecord(page)).toEqual({ changedHtml: false, mutations: [], errors: [] });
    await page.close();
  });

  it('reports the same counts to the extension as it paints', async () => {
    const page = await open('/spellings');
    const sizes = await waitForHighlights(page);
    const counts = Object.fromEntries(ENTITIES.map((e) => [e.id, sizes[`kc-${e.id}`] ?? 0]));
    expect(await pageState(page.url())).toEqual({
      counts,
      siteKey: '127.0.0.1',
      enabledOnSite: true,
    });
    await page.close();
  });

  it('paints a name split across inline elements as one highlight over its pieces', async () => {
    const page = await open('/split');
    await waitForHighlights(page);
    const painted = await paintedTexts(page);
    for (const names of Object.values(painted)) names.sort();
    expect(painted).toEqual(SPLIT_PAINTED);
    expect(await pageRecord(page)).toEqual({ changedHtml: false, mutations: [], errors: [] });
    await page.close();
  });

  it('highlights text added later and text changed in place, within a second', async () => {
    const page = await open('/dynamic');
    await waitForHighlights(page);
    const within = { timeout: 1_000, interval: 50 };
    await page.evaluate(() =>
      (window as unknown as { addStories(n: number): void }).addStories(30),
    );
    await expect
      .poll(async () => (await paintedTexts(page))['kc-tokayev']?.length, within)
      .toBe(30);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await expect
      .poll(() => paintedTexts(page), within)
      .toMatchObject({ 'kc-kazakhstan': ['Kazakhstan'] });
    expect((await pageRecord(page)).errors).toEqual([]);
    await page.close();
  });
});
