import { beforeAll, describe, expect, it } from 'vitest';
import { axeCard, axePage } from '../harness/axe';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';

const NEWS = `<!doctype html><html lang="en"><meta charset="utf-8"><title>news</title>
<body><main><h1>Unrest</h1>
<p id="kazakhstan">Protests spread across Kazakhstan.</p>
<p id="tokayev">President Tokayev spoke.</p>
<p id="almaty">Gunfire in Almaty.</p></main></body></html>`;

const SCHEMES = ['light', 'dark'] as const;

describe('axe-core finds no violation in Chromium', () => {
  let tabId: number;

  const suite = useExtensionSuite(
    { '/news': NEWS },
    {
      viewport: { width: 1000, height: 700 },
    },
  );
  beforeAll(async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    tabId = await suite.browser.tabIdOf(page);
  });

  const PAGES = [
    ['the popup', () => `popup.html?tabId=${tabId}`, '.shortcuts'],
    ['the popup, figures and facts unfolded', () => `popup.html?tabId=${tabId}`, 'details'],
    ['the options page', () => 'options.html', '.shortcuts'],
    ['the source page at a fact', () => 'source.html#fact-no-negotiations', '.is-target'],
  ] as const;

  it.each(SCHEMES.flatMap((scheme) => PAGES.map((p) => [p[0], scheme, p] as const)))(
    'on %s (%s)',
    async (_name, scheme, [, path, ready]) => {
      const page = await suite.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(suite.browser.extensionUrl(path()));
      await page.locator(ready).first().waitFor({ state: 'attached' });
      if (ready === 'details') {
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
      }
      expect(await axePage(page)).toEqual([]);
      await page.close();
    },
  );

  it.each(
    SCHEMES.flatMap((scheme) =>
      ['kazakhstan', 'tokayev', 'almaty'].map((id) => [id, scheme] as const),
    ),
  )('on the %s card (%s)', async (id, scheme) => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const words: Record<string, string> = {
      kazakhstan: 'Kazakhstan',
      tokayev: 'Tokayev',
      almaty: 'Almaty',
    };
    const point = await mentionPoint(page, `#${id}`, words[id] ?? id);
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => probe.evaluate<boolean>('globalThis.__kazakhstanContext.card().open'))
      .toBe(true);
    await page.waitForTimeout(200); // the fade-in, which axe would read as low contrast
    expect(await axeCard(probe)).toEqual([]);
    await probe.detach();
    await page.close();
  });

  it('catches a broken popup and a broken card (the harness can fail)', async () => {
    const popup = await suite.browser.context.newPage();
    await popup.goto(suite.browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('.shortcuts').waitFor();
    await popup.evaluate(() => {
      for (const button of document.querySelectorAll('.next-mention')) button.textContent = '';
    });
    expect((await axePage(popup)).map((v) => v.id)).toContain('button-name');
    await popup.close();

    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const point = await mentionPoint(page, '#almaty', 'Almaty');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => probe.evaluate<boolean>('globalThis.__kazakhstanContext.card().open'))
      .toBe(true);
    await page.waitForTimeout(200);
    await probe.evaluate(
      `(() => { const close = globalThis.__kazakhstanContext.cardRoot().querySelector('.close');
        close.removeAttribute('aria-label'); close.textContent = ''; })()`,
    );
    expect((await axeCard(probe)).map((v) => v.id)).toContain('button-name');
    await probe.detach();
    await page.close();
  });
});
