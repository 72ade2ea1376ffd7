import { describe, expect, it } from 'vitest';
import { WINDOW_CAP } from '../../src/page/line-window';
import { longLinePage, longLinePlanted } from '../fixtures/long-line-pages';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { contentStateIn } from '../harness/firefox-tabs';
import { waitForHighlights } from '../harness/highlights';
import {
  expectPaintingFollowsScroll,
  paintedStarts,
  SCROLL_SIDEWAYS,
} from '../harness/long-line-view';

/**
 * One enormous unwrapped line in Firefox (tests/e2e/long-lines.e2e.ts has the whole set in
 * Chromium): every mention counted, only a bounded few painted around the part in view, and
 * scrolling sideways paints those that come into view.
 */
const MENTIONS = 1_000;
/** The most mentions painted on a long line. */
const CAP = WINDOW_CAP;

describe('long unwrapped lines, in Firefox', () => {
  const suite = useFirefoxSuite({
    '/pre': longLinePage({ kind: 'pre', chars: 200_000, mentions: MENTIONS }),
    '/nowrap': longLinePage({ kind: 'nowrap', chars: 200_000, mentions: MENTIONS }),
  });

  it.each([
    ['/pre', 'the document', SCROLL_SIDEWAYS.document],
    ['/nowrap', 'the element', SCROLL_SIDEWAYS.element],
  ])(
    '%s: counts every mention, paints a few around the part in view, and follows %s scrolling sideways',
    async (path, _what, scroll) => {
      const page = await suite.browser.newPage();
      await page.goto(suite.server.url(path));
      await waitForHighlights(page);
      expect((await contentStateIn(suite.browser, page.url())).counts).toEqual(
        longLinePlanted(MENTIONS),
      );
      const before = await paintedStarts(page);
      expect(before.length).toBeGreaterThan(0);
      expect(before.length).toBeLessThanOrEqual(CAP);
      expect(Math.max(...before)).toBeLessThan(5_000);

      await expectPaintingFollowsScroll(page, scroll, before, CAP);
      await page.close();
    },
  );
});
