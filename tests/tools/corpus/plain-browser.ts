import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../harness/chromium';
import { leavesMachine } from '../../harness/network-guard';

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
    // The extension browser's switches (tests/harness/extension.ts), less the extension.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  await context.addInitScript(initScript);
  const blockedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (leavesMachine(url)) {
      blockedRequests.push(url);
      await route.abort('addressunreachable');
    } else {
      await route.continue();
    }
  });
  return { context, blockedRequests, close: () => browser.close() };
}
