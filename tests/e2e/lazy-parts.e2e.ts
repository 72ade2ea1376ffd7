import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardState } from '../harness/card-state';
import { ContentProbe } from '../harness/content-probe';
import { CHROME_BUILD } from '../harness/extension';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { pageRecord, watchPage } from '../harness/page-watch';

const PAGES: Record<string, string> = {
  '/nobody': '<main><h1>Markets</h1><p>Astana and Bishkek traded flat; nothing else.</p></main>',
  '/later': '<main><p id="news">Nothing yet.</p></main>',
};

/** What a page's own scripts can see of us while the parts load and after. */
const PAGE_VIEW = `({
  receiver: typeof window.kazakhstanContextReceiveParts,
  handle: typeof window.__kazakhstanContext,
  ourRequests: performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith(location.origin)),
})`;

describe('the matcher and card load only where a name may be', () => {
  const suite = useExtensionSuite((path) => {
    const body = PAGES[path];
    return body
      ? { body: `<!doctype html><html lang="en"><body>${body}</body></html>` }
      : undefined;
  });

  async function open(path: string) {
    const page = await suite.browser.context.newPage();
    await watchPage(page);
    await page.goto(suite.server.url(path));
    const probe = await ContentProbe.attach(page);
    await probe.state();
    return { page, probe };
  }

  it('never loads them on a page that names nobody', async () => {
    const { page, probe } = await open('/nobody');
    expect(await probe.evaluate<boolean>('globalThis.__kazakhstanContext.partsLoaded()')).toBe(
      false,
    );
    expect((await probe.state()).counts).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 0 });
    expect(probe.problems).toEqual([]);
    await page.close();
  });

  it('loads them when a name arrives, then highlights it and opens its card', async () => {
    const { page, probe } = await open('/later');
    expect(await probe.evaluate<boolean>('globalThis.__kazakhstanContext.partsLoaded()')).toBe(
      false,
    );
    await page.evaluate(() => {
      (document.getElementById('news') as HTMLElement).textContent = 'Tokayev spoke in Almaty.';
    });
    await expect
      .poll(async () => Object.keys(await waitForHighlights(page)).sort(), { timeout: 5_000 })
      .toEqual(['kc-almaty', 'kc-tokayev']);
    expect(await probe.evaluate<boolean>('globalThis.__kazakhstanContext.partsLoaded()')).toBe(
      true,
    );
    expect((await probe.state()).counts).toEqual({ kazakhstan: 0, tokayev: 1, almaty: 1 });
    const point = await mentionPoint(page, '#news', 'Almaty');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await cardState(probe)).open, { timeout: 3_000 }).toBe(true);
    expect((await cardState(probe)).text).toContain('Almaty');
    // The page saw none of it: no receiver, no handle, no request to an extension URL.
    expect(await page.evaluate(PAGE_VIEW)).toEqual({
      receiver: 'undefined',
      handle: 'undefined',
      ourRequests: [],
    });
    expect((await pageRecord(page)).errors).toEqual([]);
    expect(probe.problems).toEqual([]);
    await page.close();
  });

  it('ships no web-accessible file a page could probe for', () => {
    const manifest = JSON.parse(readFileSync(resolve(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
