import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../../src/settings/schema';
import { SYNC_MAX_ITEMS } from '../../../src/settings/site-entries';
import {
  SETTINGS_KEY,
  createSettingsStore,
  type StorageApiLike,
  type StorageAreaLike,
} from '../../../src/settings/settings-store';

const silent = () => ({ warn: vi.fn() });
const site = (i: number) => `site-number-${i}.example.com`;

/** fakeBrowser's storage.sync with Chrome's item count and per-item size limits. */
function quotaSync(): StorageAreaLike {
  const sync = fakeBrowser.storage.sync;
  return {
    get: (keys) => sync.get(keys),
    remove: (keys) => sync.remove(keys),
    async set(items) {
      const all = { ...(await sync.get(null)), ...items };
      const tooBig = Object.entries(items).some(
        ([key, value]) => key.length + JSON.stringify(value).length > 8192,
      );
      if (tooBig || Object.keys(all).length > SYNC_MAX_ITEMS) {
        throw new Error('QUOTA_BYTES_PER_ITEM or MAX_ITEMS quota exceeded');
      }
      await sync.set(items);
    },
  };
}

const api = (): StorageApiLike => ({
  sync: quotaSync(),
  local: fakeBrowser.storage.local,
  onChanged: fakeBrowser.storage.onChanged,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store: thousands of sites', () => {
  it('keeps 600 sites turned off one by one: sync while it has room, then this device', async () => {
    const store = createSettingsStore(api(), silent());
    for (let i = 0; i < 600; i += 1) await store.setSiteEnabled(site(i), false);
    const all = Array.from({ length: 600 }, (_, i) => site(i));
    expect((await store.get()).disabledSites).toEqual(all);
    const inSync = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(inSync).toHaveLength(SYNC_MAX_ITEMS);
    expect(await store.deviceOnlySites()).toEqual(all.slice(SYNC_MAX_ITEMS));
    // A site on this device only is turned on again like any other.
    await store.setSiteEnabled(site(599), true);
    expect((await createSettingsStore(api(), silent()).get()).disabledSites).toEqual(
      all.slice(0, 599),
    );
  });

  it('keeps 5,000 sites added in one change on this device', async () => {
    const store = createSettingsStore(api(), silent());
    const all = Array.from({ length: 5000 }, (_, i) => site(i));
    await store.setSiteEnabled('first.com', false);
    await store.update((s) => ({ ...s, disabledSites: [...s.disabledSites, ...all] }));
    expect((await store.get()).disabledSites).toEqual(['first.com', ...all]);
    expect(await store.deviceOnlySites()).toEqual(all);
  });

  it('writes one small item per change, however long the list', async () => {
    const store = createSettingsStore(api(), silent());
    await store.update((s) => ({ ...s, disabledSites: [site(1), site(2), site(3)] }));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await store.setSiteEnabled('one-more.com', false);
    expect(set.mock.calls).toEqual([[{ 'site:one-more.com': expect.any(Number) }]]);
  });

  it('lands two windows turning off two sites at the same moment', async () => {
    const [popup, card] = [
      createSettingsStore(api(), silent()),
      createSettingsStore(api(), silent()),
    ];
    await Promise.all([popup.setSiteEnabled('a.com', false), card.setSiteEnabled('b.com', false)]);
    expect((await popup.get()).disabledSites.toSorted()).toEqual(['a.com', 'b.com']);
  });

  it('rejects a change when neither area takes the site', async () => {
    const refusing: StorageAreaLike = {
      get: (keys) => fakeBrowser.storage.local.get(keys),
      remove: (keys) => fakeBrowser.storage.local.remove(keys),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    const store = createSettingsStore(
      { sync: refusing, local: refusing, onChanged: fakeBrowser.storage.onChanged },
      silent(),
    );
    await expect(store.setSiteEnabled('a.com', false)).rejects.toThrow(/QUOTA/);
    expect((await store.get()).disabledSites).toEqual([]);
  });
});

describe('settings store: migration and repair', () => {
  it('moves a v2 site list into site items once, keeping its order', async () => {
    const list = ['c.com', 'a.com', 'b.com'];
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { version: 2, enabled: false, disabledSites: list },
    });
    const store = createSettingsStore(api(), silent());
    expect((await store.get()).disabledSites).toEqual(list);
    expect(await store.repair()).toBe(true);
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      version: SCHEMA_VERSION,
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: undefined,
    });
    expect((await createSettingsStore(api(), silent()).get()).disabledSites).toEqual(list);
    expect(await store.repair()).toBe(false);
  });

  it('repairs corrupt fields and site items once; a store reading afterwards warns nothing', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { version: 3, hoverDelayMs: 'slow', colour: 'teal', enabled: false },
      'site:a.com': 5,
      'site:WWW.B.COM': 6,
      'site:c.com': 'yesterday',
    });
    const first = silent();
    const store = createSettingsStore(api(), first);
    expect(await store.repair()).toBe(true);
    expect(first.warn).toHaveBeenCalled();
    expect(await store.repair()).toBe(false);
    const later = silent();
    expect(await createSettingsStore(api(), later).get()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['a.com'],
    });
    expect(later.warn).not.toHaveBeenCalled();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual([
      'settings',
      'site:a.com',
    ]);
  });

  it('leaves a newer build’s settings alone', async () => {
    const newer = { version: SCHEMA_VERSION + 1, enabled: false, newField: 1 };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: newer });
    expect(await createSettingsStore(api(), silent()).repair()).toBe(false);
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(newer);
  });

  it('logs nothing with no logger, however corrupt the settings', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: 'garbage' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await createSettingsStore(api(), null).get()).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
