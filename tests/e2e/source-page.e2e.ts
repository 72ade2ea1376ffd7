import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/dossier/facts';
import { useExtensionSuite } from '../harness/extension-suite';
import { factPlacement } from '../harness/fact-placement';
import { screenshotDir } from '../harness/screenshot-dir';

const SCREENSHOTS = screenshotDir('chromium');

const placement = factPlacement;

describe('the source report page in Chromium', () => {
  const suite = useExtensionSuite({}, { viewport: { width: 1280, height: 800 } });

  it('renders the report with an anchor for every fact', async () => {
    const page = await suite.browser.openExtensionPage('source.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Source report');
    const missing = await page.evaluate(
      (ids) => ids.filter((id) => document.querySelectorAll(`[id="fact-${id}"]`).length !== 1),
      FACTS.map((fact) => fact.id),
    );
    expect(missing).toEqual([]);
    await page.close();
  });

  it('scrolls to and emphasises the fact in the URL hash, on load and on hash change', async () => {
    const last = 'arrests-2300';
    const page = await suite.browser.openExtensionPage(`source.html#fact-${last}`);
    await expect
      .poll(() => placement(page, `fact-${last}`))
      .toMatchObject({
        inViewport: true,
        target: true,
        emphasised: true,
      });
    // The report is taller than the window, so reaching its last sentence took a scroll.
    expect((await placement(page, `fact-${last}`))?.scrollY).toBeGreaterThan(0);

    await page.evaluate(() => {
      location.hash = '#fact-tokayev-president';
    });
    await expect
      .poll(() => placement(page, 'fact-tokayev-president'))
      .toMatchObject({
        inViewport: true,
        target: true,
        emphasised: true,
      });
    await page.close();
  });

  it('takes screenshots, light and dark, of a highlighted fact', async () => {
    const page = await suite.browser.openExtensionPage('source.html#fact-no-negotiations');
    await expect
      .poll(() => placement(page, 'fact-no-negotiations'))
      .toMatchObject({ inViewport: true, emphasised: true });
    // As the reader arrives: the sentence centred, focused, the only one filled.
    const marks = await page.evaluate(() => {
      const target = document.getElementById('fact-no-negotiations');
      const other = document.getElementById('fact-open-fire-without-warning');
      return {
        focused: document.activeElement === target,
        target: target && getComputedStyle(target).backgroundColor,
        other: other && getComputedStyle(other).backgroundColor,
      };
    });
    expect(marks.focused).toBe(true);
    expect(marks.other).toBe('rgba(0, 0, 0, 0)');
    expect(marks.target).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'source-page.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 24, 27)');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'source-page-dark.png') });
    await page.close();
  });
});
