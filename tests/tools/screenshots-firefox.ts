import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FirefoxExtensionBrowser } from '../harness/firefox-extension';
import { setViewport } from '../harness/firefox-tabs';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';

/**
 * The Firefox counterpart of `takeScreenshots`: the demo page, its paragraphs in other
 * spellings, a hover card, and the popup for that tab. Returns the files written.
 */
export async function takeFirefoxScreenshots(
  browser: FirefoxExtensionBrowser,
  demoUrl: string,
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  const file = (name: string) => {
    const path = join(dir, name);
    written.push(path);
    return path;
  };
  const page = await browser.newPage();
  await setViewport(page, { width: 1100, height: 760 });
  await page.goto(demoUrl);
  await waitForHighlights(page);
  await page.screenshot({ path: file('demo-page.png') });
  const elsewhere = await page.$('#elsewhere');
  await elsewhere?.scrollIntoView();
  await elsewhere?.screenshot({ path: file('demo-spellings.png') });

  // Hover the first "Tokayev" of the report until its card is shown.
  await page.evaluate(() => window.scrollTo(0, 0));
  const point = await mentionPoint(page, '#report p:nth-child(2)', 'Tokayev');
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await sleep(900); // the hover delay, then the card's fade-in
  await page.screenshot({ path: file('demo-card.png') });

  const tabId = await browser.tabIdOf(page.url());
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await setViewport(popup, { width: 360, height: 760 });
  await popup.waitForSelector('::-p-text(On this page)');
  await popup.screenshot({ path: file('demo-popup.png') });
  await popup.close();
  await page.close();
  return written;
}
