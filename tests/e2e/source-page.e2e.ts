import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS } from '../../src/dossier/facts';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { factPlacement } from '../harness/fact-placement';
import { screenshotDir } from '../harness/screenshot-dir';

const SCREENSHOTS = screenshotDir('chromium');

const placement = factPlacement;

describe('the source report page in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    expect(browser.blockedRequests).toEqual([]);
    await browser.close();
  });

  it('renders the report with an anchor for every fact', async () => {
    const page = await browser.openExtensionPage('source.html');
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
    const page = await browser.openExtensionPage(`source.html#fact-${last}`);
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
    const page = await browser.openExtensionPage('source.html#fact-no-negotiations');
    await expect
      .poll(() => placement(page, 'fact-no-negotiations'))
      .toMatchObject({ inViewport: true, emphasised: true });
    // The fact sits in the first screenful: show it with the page's title above it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'source-page.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 24, 27)');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'source-page-dark.png') });
    await page.close();
  });
});
