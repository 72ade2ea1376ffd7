import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium';
import { blockLeavingRequests } from './network-guard';

/** The built Chrome extension the tests load. */
export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Options for a browser with the extension loaded. */
export interface LaunchOptions {
  extensionPath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Extra Chromium switches. */
  args?: string[];
}

/** A running Chromium with the extension loaded, and what it tried to reach. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every request that would have left the machine; all were aborted. Must stay empty. */
  blockedRequests: string[];
  /** Opens an extension page (e.g. `popup.html?tabId=3`) in a normal tab. */
  openExtensionPage(path: string): Promise<Page>;
  extensionUrl(path: string): string;
  /** The extension's service worker (the background), to read tab ids and badges. */
  worker(): Promise<Worker>;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of a tab. */
  badgeOf(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** The bits of the worker's `chrome` global the harness calls. */
interface WorkerChrome {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

// Chromium's own background traffic would hit the closed network; none of it is ours.
export const QUIET_CHROMIUM = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

/** Launches Chromium (persistent context, as extensions need) with the built extension. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = findChromium();
  if (!browser) throw new Error(INSTALL_HINT);
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  const userDataDir = await mkdtemp(join(tmpdir(), 'kc-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browser.path,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...QUIET_CHROMIUM,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...(options.args ?? []),
    ],
  });
  const blockedRequests = await blockLeavingRequests(context);
  const extensionId = await findExtensionId(context);
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  // The worker can be stopped when idle and started again; look it up each time.
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl(''))) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(extensionUrl('')),
    }));
  return {
    context,
    extensionId,
    blockedRequests,
    extensionUrl,
    worker,
    async tabIdOf(page) {
      // Without the `tabs` permission the worker cannot read tab URLs: bring the page to the
      // front and ask for the active tab instead.
      await page.bringToFront();
      const id = await (
        await worker()
      ).evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error(`No active tab for ${page.url()}`);
      return id;
    },
    async badgeOf(tabId) {
      return (await worker()).evaluate((id) => {
        const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
        return chrome.action.getBadgeText({ tabId: id });
      }, tabId);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find((candidate) => isOurs(candidate.url()));
  worker ??= await context.waitForEvent('serviceworker', {
    predicate: (candidate) => isOurs(candidate.url()),
    timeout: 15_000,
  });
  const id = new URL(worker.url()).host;
  if (!/^[a-p]{32}$/.test(id)) throw new Error(`Unexpected extension id in ${worker.url()}`);
  return id;
}
