import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

/** The bits of the worker's `chrome` global used here. */
interface WorkerStorage {
  storage: {
    sync: {
      get(key: string): Promise<object>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}

/** What `storage.sync` holds under our settings key (undefined: never written). */
export async function storedSettings(browser: ExtensionBrowser): Promise<unknown> {
  return (await browser.worker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerStorage };
    return ((await chrome.storage.sync.get('settings')) as { settings?: unknown }).settings;
  });
}

/** Writes our settings key as another device or the options page would. */
export async function storeSettings(browser: ExtensionBrowser, settings: object): Promise<void> {
  await (
    await browser.worker()
  ).evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerStorage };
    await chrome.storage.sync.set({ settings: value });
  }, settings);
}

/** Removes our settings: the extension is back to its defaults everywhere. */
export async function resetSettings(browser: ExtensionBrowser): Promise<void> {
  await (
    await browser.worker()
  ).evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerStorage };
    await chrome.storage.sync.remove('settings');
  });
}

/**
 * Records every tab opened in the browser from now on, with the URL it ended up at (a blocked
 * extension page shows as `chrome-error://` or stays at its requested URL with an error page).
 */
export function watchNewTabs(browser: ExtensionBrowser): {
  /** The tabs opened so far, once loaded. */
  pages(): Promise<Page[]>;
  stop(): void;
} {
  const opened: Page[] = [];
  const record = (page: Page) => opened.push(page);
  browser.context.on('page', record);
  return {
    async pages() {
      await Promise.all(opened.map((page) => page.waitForLoadState().catch(() => undefined)));
      return [...opened];
    },
    stop: () => browser.context.off('page', record),
  };
}
