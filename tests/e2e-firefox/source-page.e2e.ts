import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/dossier/facts';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { factPlacement } from '../harness/fact-placement';
import { screenshotDir } from '../harness/screenshot-dir';

const SCREENSHOTS = screenshotDir('firefox');

const placement = factPlacement;

describe('the source report page in Firefox', () => {
  const suite = useFirefoxSuite({}, { viewport: { width: 1280, height: 800 } });

  it('renders the report with an anchor for every fact', async () => {
    const page = await suite.browser.openExtensionPage('source.html');
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Source report',
    );
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
    const shown = { inViewport: true, target: true, emphasised: true };
    await expect.poll(() => placement(page, `fact-${last}`)).toMatchObject(shown);
    // The report is taller than the window, so reaching its last sentence took a scroll.
    expect((await placement(page, `fact-${last}`))?.scrollY).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'source-page.png') });

    await page.evaluate(() => {
      location.hash = '#fact-tokayev-president';
    });
    await expect.poll(() => placement(page, 'fact-tokayev-president')).toMatchObject(shown);
    await page.close();
  });
});
