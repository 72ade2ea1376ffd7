import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { cardState, type CardState } from './card-state';
import { ContentProbe, type ContentState } from './content-probe';
import { launchWithExtension, type ExtensionBrowser } from './extension';
import { resetSettings } from './extension-state';
import { waitForHighlights } from './highlights';
import { startServer } from './server';

/** A fixture page opened in a tab, with a probe into the content script's world. */
export interface OpenedPage {
  tab: Page;
  probe: ContentProbe;
  /** The content script's state once it had started and scanned. */
  state: ContentState;
  card(): Promise<CardState>;
  close(): Promise<void>;
}

/** What a suite of hostile pages works with (valid inside its tests). */
export interface HostileSuite {
  readonly browser: ExtensionBrowser;
  /** Opens a fixture; `highlighted`: waits for highlights to settle first (default true). */
  open(path: string, options?: { highlighted?: boolean }): Promise<OpenedPage>;
}

/**
 * Sets up, for the enclosing `describe`, one Chromium with the extension and a server of
 * `fixtures` (path -> HTML). Settings go back to the defaults before each test (one test may
 * turn a site off); at the end no request may have tried to leave the machine.
 */
export function useHostileSuite(
  fixtures: Record<string, string>,
  viewport = { width: 1000, height: 700 },
): HostileSuite {
  let browser: ExtensionBrowser | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  beforeAll(async () => {
    server = await startServer((path) => {
      const body = fixtures[path];
      return body === undefined ? undefined : { body };
    });
    browser = await launchWithExtension({ viewport });
  });
  beforeEach(async () => {
    if (browser) await resetSettings(browser);
  });
  afterAll(async () => {
    expect(browser?.blockedRequests).toEqual([]);
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error('The suite has not started');
    return { browser, server };
  };
  return {
    get browser() {
      return started().browser;
    },
    async open(path, { highlighted = true } = {}) {
      const { browser: running, server: serving } = started();
      const tab = await running.context.newPage();
      await tab.goto(serving.url(path));
      if (highlighted) await waitForHighlights(tab);
      const probe = await ContentProbe.attach(tab);
      const state = await probe.state();
      return {
        tab,
        probe,
        state,
        card: () => cardState(probe),
        async close() {
          await probe.detach();
          await tab.close();
        },
      };
    },
  };
}
