import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { storeSettings, storedSettings } from '../harness/extension-state';
import { waitForHighlights } from '../harness/highlights';
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
  const suite = useExtensionSuite({ '/news': NEWS_PAGE });

  it('are repaired once in storage, and no page’s console hears of them', async () => {
    await storeSettings(suite.browser, CORRUPT);
    // The background repairs the stored value as soon as it changes.
    await expect
      .poll(() => storedSettings(suite.browser))
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
      const page = await suite.browser.context.newPage();
      const probe = await ContentProbe.attach(page);
      await page.goto(suite.server.url('/news'));
      await waitForHighlights(page);
      await probe.state();
      expect(probe.problems).toEqual([]);
      await probe.detach();
      await page.close();
    }
  });
});
