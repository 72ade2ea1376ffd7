import { launchWithExtension } from '../harness/extension';
import { launchFirefoxWithExtension } from '../harness/firefox-extension';
import { takeScreenshots } from './screenshots';
import { takeFirefoxScreenshots } from './screenshots-firefox';

/** What `npm start` does with a browser, whichever it is. */
export interface DemoBrowser {
  name: 'Chromium' | 'Firefox';
  extensionOrigin: string;
  blockedRequests: string[];
  takeScreenshots(demoUrl: string, dir: string): Promise<string[]>;
  /** Shows the demo page in a tab for the reader. */
  openDemo(demoUrl: string): Promise<void>;
  /** Called once when the reader closes the browser. */
  onClose(listener: () => void): void;
  close(): Promise<void>;
}

/** Chromium with the extension loaded (Playwright). */
export async function openChromium(headless: boolean): Promise<DemoBrowser> {
  const browser = await launchWithExtension({ headless });
  return {
    name: 'Chromium',
    extensionOrigin: browser.extensionUrl('').replace(/\/$/, ''),
    blockedRequests: browser.blockedRequests,
    takeScreenshots: (url, dir) => takeScreenshots(browser, url, dir),
    async openDemo(url) {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(url);
    },
    onClose: (listener) => browser.context.on('close', listener),
    close: () => browser.close(),
  };
}

/** Firefox with the extension installed as a temporary add-on (puppeteer over BiDi). */
export async function openFirefox(headless: boolean): Promise<DemoBrowser> {
  const browser = await launchFirefoxWithExtension({ headless });
  return {
    name: 'Firefox',
    extensionOrigin: browser.origin,
    blockedRequests: browser.blockedRequests,
    takeScreenshots: (url, dir) => takeFirefoxScreenshots(browser, url, dir),
    async openDemo(url) {
      const page = await browser.newPage();
      await page.goto(url);
    },
    onClose: (listener) => browser.browser.on('disconnected', listener),
    close: () => browser.close(),
  };
}
