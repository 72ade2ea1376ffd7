// What a page's settings store asks storage.local for when the browser has no storage.sync.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS_KEY,
  createSettingsStore,
  type StorageApiLike,
} from '../../../src/settings/settings-store';

const silent = () => ({ warn: vi.fn() });

/** The browser's storage without sync, recording every `get` asked of storage.local. */
function localOnly() {
  const asked: unknown[] = [];
  const { local, onChanged } = fakeBrowser.storage;
  const api: StorageApiLike = {
    local: {
      get: (keys) => {
        asked.push(keys);
        return local.get(keys);
      },
      set: (items) => local.set(items),
      remove: (keys) => local.remove(keys),
    },
    onChanged,
  };
  return { api, asked };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("a page's settings store where storage.local is the only area", () => {
  it('reads the settings item and its own site in one request', async () => {
    await fakeBrowser.storage.local.set({ 'site:news.example': 5, 'site:other.example': 6 });
    const { api, asked } = localOnly();
    const store = createSettingsStore(api, silent(), { onlySite: 'news.example' });
    const settings = await store.get();
    expect(settings.disabledSites).toEqual(['news.example']);
    expect(asked).toEqual([[SETTINGS_KEY, 'site:news.example']]);
  });

  it('reads the settings item alone for a page without a site', async () => {
    const { api, asked } = localOnly();
    await createSettingsStore(api, silent(), { onlySite: null }).get();
    expect(asked).toEqual([[SETTINGS_KEY]]);
  });
});
