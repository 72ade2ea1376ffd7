import type { BrowserContext } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';

/** True for addresses on this machine: 127.0.0.0/8, localhost and [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * True when a request to this URL would leave the machine. Extension, data, blob and
 * about URLs never touch the network; http(s) and ws(s) do unless they are loopback.
 */
export function leavesMachine(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!/^(?:https?|wss?|ftp):$/.test(parsed.protocol)) return false;
  return !isLoopbackHost(parsed.hostname);
}

/**
 * Aborts every request of `context` that would leave the machine and records its URL in the
 * returned list (shared by the extension browser and the plain one, so both see the same web).
 */
export async function blockLeavingRequests(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (leavesMachine(url)) {
      blocked.push(url);
      await route.abort('addressunreachable');
    } else {
      await route.continue();
    }
  });
  return blocked;
}

/**
 * The same guard for one Firefox tab, over WebDriver BiDi (`network.addIntercept`, through
 * puppeteer's request interception): every request of the tab that would leave the machine is
 * aborted and recorded in `blocked`. Set before the tab's first navigation.
 */
export async function guardPage(page: FirefoxPage, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const done = leavesMachine(url)
      ? (blocked.push(url), request.abort('addressunreachable'))
      : request.continue();
    // A request can end on its own (the tab closed) before it is answered.
    done.catch(() => undefined);
  });
}
