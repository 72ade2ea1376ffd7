import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../harness/chromium';
import { QUIET_CHROMIUM } from '../../harness/extension';
import { blockLeavingRequests } from '../../harness/network-guard';

/** A Chromium without the extension, for what pages do by themselves. */
export interface PlainBrowser {
  context: BrowserContext;
  /** Requests that would have left the machine; all were aborted, as with the extension. */
  blockedRequests: string[];
  close(): Promise<void>;
}

/**
 * Launches the same Chromium as the extension browser, same switches and viewport, but no
 * extension, with remote requests aborted the same way, so a page runs the same scripts.
 */
export async function launchPlain(initScript: string): Promise<PlainBrowser> {
  const location = findChromium();
  if (!location) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({
    executablePath: location.path,
    headless: true,
    // The extension browser's switches, less the extension.
    args: QUIET_CHROMIUM,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  await context.addInitScript(initScript);
  const blockedRequests = await blockLeavingRequests(context);
  return { context, blockedRequests, close: () => browser.close() };
}
