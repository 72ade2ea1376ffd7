import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { storeSettings, storedSettings } from '../harness/extension-state';
import { waitForHighlights } from '../harness/highlights';
import { startServer, type FixtureServer } from '../harness/server';
import { NEWS_PAGE } from '../fixtures/news-page';

/** Settings as a bad write or a hand edit left them: every field wrong but one. */
const CORRUPT = {
  version: 2,
  enabled: 'yes',
  hoverDelayMs: 'slow',
  highlightStyle: 'neon',
  hiddenEntities: ['nobody', 'almaty'],
  colour: 'teal',
};

describe('corrupt settings, in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer((path) => (path === '/news' ? { body: NEWS_PAGE } : undefined));
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    expect(browser.blockedRequests).toEqual([]);
    await browser.close();
    await server.close();
  });

  it('are repaired once in storage, and no page’s console hears of them', async () => {
    await storeSettings(browser, CORRUPT);
    // The background repairs the stored value as soon as it changes.
    await expect
      .poll(() => storedSettings(browser))
      .toEqual({
        version: 3,
        enabled: true,
        hoverDelayMs: 300,
        highlightStyle: 'background',
        hiddenEntities: ['almaty'],
        cardNeedsModifier: false,
        language: 'auto',
      });
    for (let load = 0; load < 2; load += 1) {
      const page = await browser.context.newPage();
      const probe = await ContentProbe.attach(page);
      await page.goto(server.url('/news'));
      await waitForHighlights(page);
      await probe.state();
      expect(probe.problems).toEqual([]);
      await probe.detach();
      await page.close();
    }
  });
});
