import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FirefoxErrorLog } from './firefox-errors';
import { findFirefox, FIREFOX_INSTALL_HINT } from './firefox';
import { FIREFOX_ENV, firefoxPrefs } from './firefox-prefs';
import { guardPage } from './network-guard';
import { startProxyTrap } from './proxy-trap';
import { gotoExtensionPage, setViewport } from './firefox-tabs';

/** The built Firefox extension the tests install. */
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** Options for a Firefox with the extension installed. */
export interface FirefoxLaunchOptions {
  extensionPath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

/** A running Firefox with the extension installed as a temporary add-on. */
export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** `moz-extension://<uuid>`: fixed for the session, so tests can name extension pages. */
  origin: string;
  version: string;
  /**
   * Every request that would have left the machine; all were refused. Must stay empty. A tab's
   * requests are caught over BiDi (their URL); the rest, the background page's included, by
   * the proxy trap (`proxy-trap.ts`).
   */
  blockedRequests: string[];
  /** Errors of the extension and of the pages, from Firefox's output and the BiDi log. */
  errors: string[];
  /** A new tab with the network guard and the error log attached, at the launch viewport. */
  newPage(): Promise<Page>;
  /** Opens an extension page (e.g. `popup.html?tabId=3`) in a new tab, once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  extensionUrl(path: string): string;
  /** The browser's id for the tab whose URL is `url` (read by an extension page). */
  tabIdOf(url: string): Promise<number>;
  /** Runs `fn` in an extension page, where `browser.*` is the extension's API. */
  inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** The bits of the extension API the harness calls from an extension page. */
export interface ExtensionApi {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** A fixed UUID for the add-on's origin (Firefox picks a random one per profile otherwise). */
const EXTENSION_UUID = '5f0b6c1e-7a3d-4c2e-9b8a-4b617a6b6374';

/**
 * Launches a stock Firefox over WebDriver BiDi and installs the built extension as a temporary
 * add-on (`webExtension.install`). `--remote-allow-system-access` lets the session navigate
 * tabs to `moz-extension://` pages.
 */
export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxExtensionBrowser> {
  const firefox = findFirefox();
  if (!firefox) throw new Error(FIREFOX_INSTALL_HINT);
  const extensionPath = options.extensionPath ?? FIREFOX_BUILD;
  const geckoId = readGeckoId(extensionPath);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const blockedRequests: string[] = [];
  const trap = await startProxyTrap((url) => blockedRequests.push(url));
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: firefox.path,
      protocol: 'webDriverBiDi',
      headless: options.headless ?? true,
      defaultViewport: null,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, ...FIREFOX_ENV },
      extraPrefsFirefox: firefoxPrefs({ geckoId, uuid: EXTENSION_UUID, trapPort: trap.port }),
    })
    .catch(async (error: unknown) => {
      await trap.close();
      throw error;
    });
  const log = new FirefoxErrorLog(origin);
  log.watchStream(browser.process()?.stdout);
  log.watchStream(browser.process()?.stderr);
  const installed = await browser.installExtension(extensionPath);
  if (installed !== geckoId) throw new Error(`Installed ${installed}, expected ${geckoId}`);

  const extensionUrl = (path: string) => `${origin}/${path}`;
  const newPage = async () => {
    const page = await browser.newPage();
    await setViewport(page, viewport);
    log.watchPage(page);
    await guardPage(page, blockedRequests);
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    await gotoExtensionPage(page, extensionUrl(path));
    return page;
  };
  // One extension tab through which the harness asks the extension API. Opened first, so the
  // tabs under test open after it and stay in front (a background tab's timers are throttled).
  const control = await openExtensionPage('source.html');
  async function inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => Promise<R>, arg: A) {
    // Over BiDi a function travels as its source text: pass `fn`'s source and the argument as
    // JSON, and hand it the page's `browser` global. (An extension page's CSP forbids `eval`,
    // but the remote agent's own evaluation is not subject to it.)
    const call = `(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg) ?? 'undefined'})`;
    return (await control.evaluate(call)) as R;
  }
  return {
    browser,
    origin,
    version: await browser.version(),
    blockedRequests,
    errors: log.errors,
    newPage,
    openExtensionPage,
    extensionUrl,
    inExtension,
    async tabIdOf(url) {
      const tabs = await inExtension((api) => api.tabs.query({}), undefined);
      const tab = tabs.find((candidate) => candidate.url === url);
      if (tab?.id === undefined) throw new Error(`No tab shows ${url}`);
      return tab.id;
    },
    async close() {
      await browser.close();
      await trap.close();
    },
  };
}

/** The add-on id Firefox will install the build under (its manifest's gecko id). */
function readGeckoId(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(resolve(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`No gecko id in ${extensionPath}/manifest.json`);
  return id;
}
