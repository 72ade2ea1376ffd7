import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './extension';
import { startServer, type FixtureServer, type Route } from './server';

/** The browser and fixture server of a suite (valid inside its tests and later hooks). */
export interface BrowserSuite<B> {
  readonly browser: B;
  readonly server: FixtureServer;
}

/** Fixture pages by path (HTML), or a route for anything else (scripts, computed pages). */
export type SuitePages = Record<string, string> | Route;

/** What every browser of the harnesses has: the requests it stopped, and an end. */
interface GuardedBrowser {
  blockedRequests: string[];
  close(): Promise<void>;
}

/**
 * Sets up, for the enclosing `describe` (or file), a loopback server of `pages` (none for no
 * pages) and a browser from `launch`; at the end no request may have tried to leave the machine, `check` holds, and
 * both are closed. Hooks registered after this call run after the browser has started.
 */
export function useBrowserSuite<B extends GuardedBrowser>(
  pages: SuitePages,
  launch: () => Promise<B>,
  check?: (browser: B) => void,
): BrowserSuite<B> {
  let browser: B | undefined;
  let server: FixtureServer | undefined;
  // A suite of extension pages only (no fixture) starts no server.
  const serves = typeof pages === 'function' || Object.keys(pages).length > 0;
  beforeAll(async () => {
    if (serves)
      server = await startServer(
        typeof pages === 'function'
          ? pages
          : (path) => {
              const body = pages[path];
              return body === undefined ? undefined : { body };
            },
      );
    browser = await launch();
  });
  afterAll(async () => {
    try {
      expect(browser?.blockedRequests).toEqual([]);
      if (browser) check?.(browser);
    } finally {
      // Closed whatever the checks found, so a failure leaves no browser running.
      await browser?.close();
      await server?.close();
    }
  });
  return {
    get browser() {
      if (!browser) throw new Error('The suite has not started');
      return browser;
    },
    get server() {
      if (!server)
        throw new Error(serves ? 'The suite has not started' : 'The suite serves no page');
      return server;
    },
  };
}

/** {@link useBrowserSuite} with Chromium and the extension (extension.ts). */
export function useExtensionSuite(
  pages: SuitePages,
  launch: LaunchOptions = {},
): BrowserSuite<ExtensionBrowser> {
  return useBrowserSuite(pages, () => launchWithExtension(launch));
}
