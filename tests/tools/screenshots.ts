import { join } from 'node:path';
import type { ExtensionBrowser } from '../harness/extension';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';

/**
 * Writes screenshots of the demo page with the extension at work: the page, its paragraphs in
 * other spellings, a hover card, and the popup for that tab. Returns the files written.
 */
export async function takeScreenshots(
  browser: ExtensionBrowser,
  demoUrl: string,
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  const shoot = async (name: string, take: (path: string) => Promise<unknown>) => {
    const path = join(dir, name);
    await take(path);
    written.push(path);
  };
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(demoUrl);
  await waitForHighlights(page);
  await shoot('demo-page.png', (path) => page.screenshot({ path }));
  const elsewhere = page.locator('#elsewhere');
  await elsewhere.scrollIntoViewIfNeeded();
  await shoot('demo-spellings.png', (path) => elsewhere.screenshot({ path }));

  // Hover the first "Tokayev" of the report until its card is shown.
  await page.evaluate(() => window.scrollTo(0, 0));
  const point = await mentionPoint(page, '#report p:nth-child(2)', 'Tokayev');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForTimeout(900); // the hover delay, then the card's fade-in
  await shoot('demo-card.png', (path) => page.screenshot({ path }));

  const tabId = await browser.tabIdOf(page);
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 760 });
  await popup.getByText('On this page').waitFor();
  await shoot('demo-popup.png', (path) => popup.screenshot({ path }));
  await popup.close();
  await page.close();
  return written;
}
