import type { Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { cardState, type CardState } from './card-state';
import { ContentProbe, type ContentState } from './content-probe';
import type { ExtensionBrowser } from './extension';
import { useExtensionSuite } from './extension-suite';
import { resetSettings } from './extension-state';
import { waitForHighlights } from './highlights';

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
  const suite = useExtensionSuite(fixtures, { viewport });
  beforeEach(async () => {
    await resetSettings(suite.browser);
  });
  return {
    get browser() {
      return suite.browser;
    },
    async open(path, { highlighted = true } = {}) {
      const tab = await suite.browser.context.newPage();
      await tab.goto(suite.server.url(path));
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
