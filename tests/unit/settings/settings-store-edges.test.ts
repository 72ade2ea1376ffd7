import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../../src/settings/schema';
import {
  createSettingsStore,
  SETTINGS_KEY,
  type StorageApiLike,
  type StorageAreaLike,
} from '../../../src/settings/settings-store';

const silent = () => ({ warn: vi.fn() });
/** Lets queued promise callbacks (the store's area choice and reads) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const refusing = (message: string): StorageAreaLike => ({
  get: () => Promise.reject(new Error(message)),
  set: () => Promise.reject(new Error(message)),
  remove: () => Promise.reject(new Error(message)),
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store: what it tells the developer', () => {
  const { local, onChanged } = fakeBrowser.storage;

  it.each<[string, StorageApiLike, string]>([
    [
      'no area can be read',
      { sync: refusing('gone'), local: refusing('gone'), onChanged },
      'could not read storage (Error: gone); using the defaults',
    ],
    ['sync is missing', { local, onChanged }, 'storage.sync is missing; using storage.local'],
    [
      'sync throws',
      { sync: refusing('sync is disabled'), local, onChanged },
      'storage.sync is unavailable (Error: sync is disabled); using storage.local',
    ],
  ])('warns, when %s, with what happened and what it uses instead', async (_case, api, text) => {
    const logger = silent();
    expect(await createSettingsStore(api, logger).get()).toEqual(DEFAULT_SETTINGS);
    expect(logger.warn.mock.calls).toContainEqual([`Kazakhstan Context settings: ${text}`]);
  });

  it('names every problem of a rejected change, one after the other', async () => {
    const store = createSettingsStore(undefined, silent());
    const change = store.update((s) => ({ ...s, hoverDelayMs: Number.NaN, colour: 'teal' }));
    await expect(change).rejects.toThrow(
      new Error(
        'Settings change rejected: hoverDelayMs: expected a number of ms, got NaN; using the default; ignored unknown keys: "colour"',
      ),
    );
  });

  it.each(['https://a.com/x', 'a b.com', ''])(
    'names the value it refuses as a site key: %j',
    async (site) => {
      const store = createSettingsStore(undefined, silent());
      await expect(store.setSiteEnabled(site, false)).rejects.toThrow(
        new TypeError(`Not a site key: ${site}`),
      );
    },
  );
});

describe('settings store: repair', () => {
  it('rewrites a current settings item whose only fault is a corrupt field', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { version: SCHEMA_VERSION, hoverDelayMs: 'slow' },
    });
    const store = createSettingsStore(undefined, silent());
    expect(await store.repair()).toBe(true);
    const stored = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({
      version: SCHEMA_VERSION,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
    });
    expect(await store.repair()).toBe(false);
  });
});

describe('settings store: sites', () => {
  it('marks no site as kept on this device only when there is no sync at all', async () => {
    const store = createSettingsStore(
      { local: fakeBrowser.storage.local, onChanged: fakeBrowser.storage.onChanged },
      silent(),
    );
    await store.setSiteEnabled('a.com', false);
    expect(await store.deviceOnlySites()).toEqual([]);
    expect((await store.get()).disabledSites).toEqual(['a.com']);
  });

  it.each([
    ['a.com', ['b.com', 'c.com']],
    ['b.com', ['a.com', 'c.com']],
    ['c.com', ['a.com', 'b.com']],
    ['d.com', ['a.com', 'b.com', 'c.com']],
  ])('turning %s on again keeps the other sites off', async (site, left) => {
    const store = createSettingsStore(undefined, silent());
    for (const off of ['a.com', 'b.com', 'c.com']) await store.setSiteEnabled(off, false);
    expect((await store.setSiteEnabled(site, true)).disabledSites).toEqual(left);
    expect((await store.get()).disabledSites).toEqual(left);
  });
});

describe('settings store: unsubscribing', () => {
  it('tells nothing about a change that was still being read when the page unsubscribed', async () => {
    const listener = vi.fn();
    const store = createSettingsStore(undefined, silent());
    await store.get(); // the area is chosen: the change below is read at once
    const unsubscribe = store.subscribe(listener);
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, enabled: false } });
    unsubscribe();
    await settle();
    await settle();
    expect(listener).not.toHaveBeenCalled();
  });

  it('still tells a change that it heard before another subscriber left', async () => {
    const kept = vi.fn();
    const store = createSettingsStore(undefined, silent());
    await store.get();
    store.subscribe(kept);
    const unsubscribe = store.subscribe(vi.fn());
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 2, enabled: false } });
    unsubscribe();
    await settle();
    await settle();
    expect(kept).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
  });
});
