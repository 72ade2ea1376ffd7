import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { pageRecord, paintedTexts, watchPage } from '../harness/page-watch';
import {
  EXPECTED_PAINTED,
  misplacedRanges,
  PLANTED as planted,
  sortPainted,
  SPELLINGS_PAGE as spellingsPage,
} from '../fixtures/spellings-page';

const dynamicPage = `<!doctype html><meta charset="utf-8"><title>dynamic</title>
<body><main id="app"><p id="status">Loading</p><ul id="feed"></ul></main>
<script>
  window.appendStory = () => {
    const p = document.createElement('p');
    p.textContent = 'Breaking: Tokayev addresses the nation.';
    document.getElementById('app').append(p);
  };
  window.scrollMore = (n) => {
    const feed = document.getElementById('feed');
    for (let i = 0; i < n; i++) {
      const li = document.createElement('li');
      li.textContent = 'Item ' + i + ' from Almaty';
      feed.append(li);
    }
  };
  // The way React updates a text: the node stays, its data changes.
  window.rerender = () => { document.getElementById('status').firstChild.data = 'Loaded: Kazakhstan'; };
  window.clearFeed = () => document.getElementById('feed').replaceChildren();
</script></body>`;

describe('highlighting in Chromium', () => {
  const errors: string[] = [];

  const suite = useExtensionSuite({
    '/spellings': spellingsPage,
    '/dynamic': dynamicPage,
  });

  async function open(path: string): Promise<Page> {
    const page = await suite.browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await watchPage(page);
    await page.goto(suite.server.url(path));
    return page;
  }

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
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights content added later within a second: appended, scrolled in, re-rendered', async () => {
    const page = await open('/dynamic');
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const within = { timeout: 1_000, interval: 50 };

    await page.evaluate(() => (window as unknown as { appendStory(): void }).appendStory());
    await expect
      .poll(() => paintedTexts(page), within)
      .toMatchObject({ 'kc-tokayev': ['Tokayev'] });

    await page.evaluate(() =>
      (window as unknown as { scrollMore(n: number): void }).scrollMore(40),
    );
    await expect.poll(async () => (await paintedTexts(page))['kc-almaty']?.length, within).toBe(40);

    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await expect
      .poll(() => paintedTexts(page), within)
      .toMatchObject({ 'kc-kazakhstan': ['Kazakhstan'] });

    await page.evaluate(() => (window as unknown as { clearFeed(): void }).clearFeed());
    await expect
      .poll(async () => (await probe.state()).counts, within)
      .toEqual({
        kazakhstan: 1,
        tokayev: 1,
        almaty: 0,
      });
    expect(await pageRecord(page).then((r) => r.errors)).toEqual([]);
    await probe.detach();
    await page.close();
  });

  it('removes every highlight when turned off, and finds them again when turned on', async () => {
    const page = await open('/spellings');
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(false)');
    expect(await paintedTexts(page)).toEqual({});
    await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(true)');
    const state = await probe.state();
    expect(state.counts.tokayev).toBe(planted.filter((p) => p.id === 'tokayev').length + 1);
    await probe.detach();
    await page.close();
  });

  it('hit-tests a painted mention from its own rectangle', async () => {
    const page = await open('/spellings');
    await waitForHighlights(page);
    const rect = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('kc-almaty') ?? [])][0];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const box = live.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, right: box.right };
    });
    expect(rect).not.toBeNull();
    const probe = await ContentProbe.attach(page);
    const at = (x: number, y: number) =>
      probe.evaluate<string | null>(`globalThis.__kazakhstanContext.hitTest(${x}, ${y})`);
    expect(await at(rect?.x ?? 0, rect?.y ?? 0)).toBe('almaty');
    expect(await at((rect?.right ?? 0) + 200, rect?.y ?? 0)).toBeNull();
    await probe.detach();
    await page.close();
  });

  it('hit-tests a mention inside an open shadow root', async () => {
    const page = await open('/spellings');
    await waitForHighlights(page);
    const point = await page.evaluate(() => {
      for (const range of CSS.highlights.get('kc-tokayev') ?? []) {
        if (!(range.startContainer.getRootNode() instanceof ShadowRoot)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const live = new Range();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    const probe = await ContentProbe.attach(page);
    expect(
      await probe.evaluate(`globalThis.__kazakhstanContext.hitTest(${point?.x}, ${point?.y})`),
    ).toBe('tokayev');
    await probe.detach();
    await page.close();
  });
});
