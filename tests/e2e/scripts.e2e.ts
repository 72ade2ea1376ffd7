import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_PAGES, expectedPainted, scriptPageHtml } from '../fixtures/script-pages';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { pageRecord, paintedTexts, watchPage } from '../harness/page-watch';

const OUT = resolve(import.meta.dirname, '../../out');

describe('every script family in Chromium', () => {
  const suite = useExtensionSuite(
    (path) => {
      const name = path.slice(1);
      const page = SCRIPT_PAGES[name];
      return page ? { body: scriptPageHtml(name, page) } : undefined;
    },
    { viewport: { width: 1000, height: 700 } },
  );

  async function open(name: string) {
    const page = await suite.browser.context.newPage();
    await watchPage(page);
    await page.goto(suite.server.url(`/${name}`));
    await waitForHighlights(page);
    return page;
  }

  it.each(Object.entries(SCRIPT_PAGES))(
    'highlights the %s page with the right entity and the right text, changing nothing',
    async (name, fixture) => {
      const page = await open(name);
      const painted = await paintedTexts(page);
      for (const names of Object.values(painted)) names.sort();
      expect(painted).toEqual(expectedPainted(fixture));
      expect(await pageRecord(page)).toEqual({ changedHtml: false, mutations: [], errors: [] });
      await page.screenshot({ path: resolve(OUT, `scripts-${name}.png`) });
      await page.close();
    },
  );

  it.each([
    ['arabic', 'كازاخستان', 'Kazakhstan'],
    ['arabic', 'قاسم جومارت توكاييف', 'Kassym-Jomart Tokayev'],
    ['hebrew', 'אלמטי', 'Almaty'],
    ['cjk', '哈萨克斯坦', 'Kazakhstan'],
    ['cjk', 'トカエフ', 'Kassym-Jomart Tokayev'],
    ['cjk', '알마티', 'Almaty'],
  ])('opens the card on the %s page over "%s"', async (name, mention, entityName) => {
    const page = await open(name);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const card = () =>
      probe.evaluate<{ open: boolean; text: string }>('globalThis.__kazakhstanContext.card()');
    const point = await mentionPoint(page, 'body', mention);
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_000 }).toBe(true);
    expect((await card()).text).toContain(entityName);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(OUT, `scripts-card-${name}-${entityName}.png`) });
    await probe.detach();
    await page.close();
  });
});
