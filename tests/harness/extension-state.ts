import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

/** The bits of the worker's `chrome` global used here. */
interface StorageArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}
interface WorkerStorage {
  storage: { sync: StorageArea; local: StorageArea };
}

/**
 * What the settings item of `storage.sync` holds (undefined: never written), with the sites
 * turned off, from their `site:` items in sync and local, as `disabledSites` in the order they
 * were turned off (omitted if none: as a v2 build would have stored it).
 */
export async function storedSettings(browser: ExtensionBrowser): Promise<unknown> {
  return (await browser.worker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerStorage };
    const sync = await chrome.storage.sync.get(null);
    const local = await chrome.storage.local.get(null);
    const sites = Object.entries({ ...local, ...sync })
      .filter(([name]) => name.startsWith('site:'))
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(([name]) => name.slice('site:'.length));
    const settings = sync.settings as Record<string, unknown> | undefined;
    if (settings === undefined && sites.length === 0) return undefined;
    return sites.length > 0 || settings?.disabledSites !== undefined
      ? { ...settings, disabledSites: [...((settings?.disabledSites as string[]) ?? []), ...sites] }
      : settings;
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

/** Removes our settings and site items: the extension is back to its defaults everywhere. */
export async function resetSettings(browser: ExtensionBrowser): Promise<void> {
  await (
    await browser.worker()
  ).evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerStorage };
    for (const area of [chrome.storage.sync, chrome.storage.local]) {
      const ours = Object.keys(await area.get(null)).filter(
        (name) => name === 'settings' || name.startsWith('site:'),
      );
      if (ours.length > 0) await area.remove(ours);
    }
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
