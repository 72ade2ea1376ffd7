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
/** Lets every queued callback and storage read run (a handful of macrotasks is plenty). */
async function settled() {
  for (let i = 0; i < 6; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
const refusing: StorageAreaLike = {
  get: () => Promise.reject(new Error('sync is disabled')),
  set: () => Promise.reject(new Error('sync is disabled')),
  remove: () => Promise.reject(new Error('sync is disabled')),
};

beforeEach(() => {
  fakeBrowser.reset();
});

/** A store on sync, already past its first read, with a listener. */
async function listening(api?: StorageApiLike) {
  const store = createSettingsStore(api, silent());
  await store.get();
  const listener = vi.fn();
  store.subscribe(listener);
  return listener;
}

describe('settings store: what a subscriber hears', () => {
  it('hears nothing when only keys that are not ours change', async () => {
    const listener = await listening();
    await fakeBrowser.storage.sync.set({ other: 1, 'sites:x': 2 });
    await settled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('hears a change that holds one of our keys among others', async () => {
    const listener = await listening();
    await fakeBrowser.storage.sync.set({
      other: 1,
      [SETTINGS_KEY]: { version: SCHEMA_VERSION, enabled: false },
    });
    await settled();
    expect(listener).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('hears a site turned off on this device only (in local, while the settings are in sync)', async () => {
    const listener = await listening();
    await fakeBrowser.storage.local.set({ other: 1, 'site:a.com': 5 });
    await settled();
    expect(listener).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] });
  });

  it('hears nothing of the settings item in local while the settings are in sync', async () => {
    const listener = await listening();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 3, enabled: false } });
    await settled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('hears nothing of a site item in sync while the settings are in local', async () => {
    const { local, onChanged } = fakeBrowser.storage;
    const listener = await listening({ sync: refusing, local, onChanged });
    await fakeBrowser.storage.sync.set({ 'site:a.com': 5 });
    await settled();
    expect(listener).not.toHaveBeenCalled();
  });

  it('tells only the last of two changes that arrive before either is read', async () => {
    const listener = await listening();
    await Promise.all([
      fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 3, enabled: false } }),
      fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 3, hoverDelayMs: 500 } }),
    ]);
    await settled();
    expect(listener.mock.calls).toEqual([[{ ...DEFAULT_SETTINGS, hoverDelayMs: 500 }]]);
  });
});
