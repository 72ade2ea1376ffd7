import type { ExtensionBrowser } from '../harness/extension';
import { waitForHighlights } from '../harness/highlights';
import { measureOwnShare } from '../harness/own-share';

/** What a storm page cost us: our share of the main thread while it stormed. */
export interface StormFigures {
  page: string;
  windowMs: number;
  /** The page's frames in the window (its own pace, with us loaded). */
  frames: number;
  ownMs: number;
  share: number;
  longestMs: number;
}

/**
 * Loads a storm page (tests/fixtures/storm-pages.ts), lets the first scan finish, then plays
 * its storm for `windowMs` under a CPU profile and adds up our samples.
 */
export async function measureStorm(
  browser: ExtensionBrowser,
  url: string,
  name: string,
  windowMs: number,
): Promise<StormFigures> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await waitForHighlights(page, 20_000);
    await page.evaluate('window.startStorm()');
    const measured = await measureOwnShare(page, browser.extensionId, windowMs);
    const frames = Number(await page.evaluate('window.stopStorm()'));
    return { page: name, frames, ...measured };
  } finally {
    await page.close();
  }
}

/** Prints one line per storm page. */
export function printStorms(storms: readonly StormFigures[]): void {
  console.log('\nMutation storms (our share of the main thread while the page storms)');
  for (const s of storms) {
    const share = (s.share * 100).toFixed(1);
    console.log(
      `  ${s.page.padEnd(34)} ${share.padStart(5)} % (${s.ownMs.toFixed(0)} ms of ${s.windowMs} ms), ` +
        `longest run ${s.longestMs.toFixed(1)} ms, ${s.frames} frames`,
    );
  }
}
