import { join } from 'node:path';
import type { ExtensionBrowser } from '../harness/extension';
import { waitForHighlights } from '../harness/highlights';

/** Writes the README's screenshots of the demo page; returns the files written. */
export async function takeScreenshots(
  browser: ExtensionBrowser,
  demoUrl: string,
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(demoUrl);
  await waitForHighlights(page);
  const top = join(dir, 'demo-page.png');
  await page.screenshot({ path: top });
  written.push(top);
  await page.locator('#elsewhere').scrollIntoViewIfNeeded();
  const spellings = join(dir, 'demo-spellings.png');
  await page.locator('#elsewhere').screenshot({ path: spellings });
  written.push(spellings);
  await page.close();
  return written;
}
