import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, SCHEMA_VERSION } from '../../../src/settings/schema';
import {
  SETTINGS_KEY,
  createSettingsStore,
  type StorageApiLike,
  type StorageAreaLike,
} from '../../../src/settings/settings-store';

const silent = () => ({ warn: vi.fn() });
const stored = async (area: 'sync' | 'local' = 'sync') =>
  (await fakeBrowser.storage[area].get(SETTINGS_KEY))[SETTINGS_KEY];
const write = (value: unknown, area: 'sync' | 'local' = 'sync') =>
  fakeBrowser.storage[area].set({ [SETTINGS_KEY]: value });
/** What the settings item holds for `settings`: every field but the sites, and the version. */
const storedFields = (settings = DEFAULT_SETTINGS) => {
  const fields: Record<string, unknown> = { version: SCHEMA_VERSION, ...settings };
  delete fields.disabledSites;
  return fields;
};
/** Lets queued promise callbacks (the store's area choice) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store: reading', () => {
  it('gives the defaults on empty storage, writing nothing and warning nothing', async () => {
    const logger = silent();
    expect(await createSettingsStore(undefined, logger).get()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toBeUndefined();
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('falls back per corrupt field and warns once per distinct problem', async () => {
    await write({ version: 2, enabled: false, hoverDelayMs: 'slow', disabledSites: ['a.com', 1] });
    const logger = silent();
    const store = createSettingsStore(undefined, logger);
    for (let read = 0; read < 3; read += 1) {
      expect(await store.get()).toEqual({
        ...DEFAULT_SETTINGS,
        enabled: false,
        disabledSites: ['a.com'],
      });
    }
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.warn.mock.calls.join('\n')).toMatch(/disabledSites[\s\S]*hoverDelayMs/);
  });

  it('migrates a v1 value on read, without writing it back', async () => {
    await write({ version: 1, off: ['www.Example.com'], style: 'ul' });
    const store = createSettingsStore(undefined, silent());
    const settings = await store.get();
    expect(settings).toMatchObject({ disabledSites: ['example.com'], highlightStyle: 'underline' });
    expect(await stored()).toMatchObject({ version: 1 });
  });

  it('never rejects, even if no storage area can be read', async () => {
    const broken: StorageAreaLike = {
      get: () => Promise.reject(new Error('gone')),
      set: () => Promise.reject(new Error('gone')),
      remove: () => Promise.reject(new Error('gone')),
    };
    const api = { sync: broken, local: broken, onChanged: fakeBrowser.storage.onChanged };
    const logger = silent();
    expect(await createSettingsStore(api, logger).get()).toEqual(DEFAULT_SETTINGS);
    expect(logger.warn).toHaveBeenCalled();
  });
});

describe('settings store: writing', () => {
  it.each([
    ['www.Example.com', 'example.com'],
    ['алматы.kz', 'xn--80aa6ae5a6c.kz'],
    ['file://', 'file://'],
  ])('turns %s off and on again as %s', async (site, key) => {
    const store = createSettingsStore(undefined, silent());
    expect((await store.setSiteEnabled(site, false)).disabledSites).toEqual([key]);
    // One item for the site; no settings item while the rest are the defaults.
    expect(await fakeBrowser.storage.sync.get(`site:${key}`)).toEqual({
      [`site:${key}`]: expect.any(Number),
    });
    expect(await stored()).toBeUndefined();
    expect((await store.setSiteEnabled(site, false)).disabledSites).toEqual([key]);
    expect((await store.setSiteEnabled(site, true)).disabledSites).toEqual([]);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual([]);
  });

  it('rejects something that is not a site key, writing nothing', async () => {
    const store = createSettingsStore(undefined, silent());
    await expect(store.setSiteEnabled('https://a.com/x', false)).rejects.toThrow(TypeError);
    expect(await stored()).toBeUndefined();
  });

  it('lands two interleaved updates from one context', async () => {
    const store = createSettingsStore(undefined, silent());
    await Promise.all([store.setSiteEnabled('a.com', false), store.setSiteEnabled('b.com', false)]);
    expect((await store.get()).disabledSites).toEqual(['a.com', 'b.com']);
  });

  it('keeps a change another window made since this one last read', async () => {
    const popup = createSettingsStore(undefined, silent());
    const card = createSettingsStore(undefined, silent());
    await popup.get();
    await card.setSiteEnabled('b.com', false);
    await popup.update((s) => ({ ...s, highlightStyle: 'both' }));
    expect(await popup.get()).toMatchObject({ disabledSites: ['b.com'], highlightStyle: 'both' });
  });

  it.each([
    ['an invalid value', { hoverDelayMs: Number.NaN }],
    ['an unknown field', { colour: 'teal' }],
    [
      'one site too many',
      { disabledSites: Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.com`) },
    ],
  ])('rejects a change to %s, writing nothing', async (_case, change) => {
    const store = createSettingsStore(undefined, silent());
    await expect(store.update((s) => ({ ...s, ...change }))).rejects.toThrow(/rejected/);
    expect(await stored()).toBeUndefined();
    // The queue goes on after a rejected change.
    expect((await store.setSiteEnabled('a.com', false)).disabledSites).toEqual(['a.com']);
  });

  it('resets to the defaults', async () => {
    await write({ version: 2, enabled: false, hiddenEntities: ['almaty'] });
    const store = createSettingsStore(undefined, silent());
    expect(await store.reset()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual(storedFields());
  });
});

describe('settings store: subscribe', () => {
  it('hears a change another window writes, validated, until unsubscribed', async () => {
    const listener = vi.fn();
    const unsubscribe = createSettingsStore(undefined, silent()).subscribe(listener);
    await write({ version: 2, enabled: false, hoverDelayMs: -5 });
    await settle();
    expect(listener).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 0 });
    unsubscribe();
    await write({ version: 2, enabled: true });
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores other keys and the area not in use', async () => {
    const listener = vi.fn();
    createSettingsStore(undefined, silent()).subscribe(listener);
    await fakeBrowser.storage.sync.set({ other: 1 });
    await write({ version: 2, enabled: false }, 'local');
    await settle();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('settings store: no storage.sync', () => {
  const throwingSync: StorageAreaLike = {
    get: () => Promise.reject(new Error('sync is disabled')),
    set: () => Promise.reject(new Error('sync is disabled')),
    remove: () => Promise.reject(new Error('sync is disabled')),
  };
  const { local, onChanged } = fakeBrowser.storage;

  it.each<[string, StorageApiLike]>([
    ['throws', { sync: throwingSync, local, onChanged }],
    ['is missing', { local, onChanged }],
  ])('uses storage.local when sync %s, and hears changes there', async (_case, api) => {
    const logger = silent();
    const store = createSettingsStore(api, logger);
    const listener = vi.fn();
    store.subscribe(listener);
    await store.setSiteEnabled('a.com', false);
    expect(await fakeBrowser.storage.local.get('site:a.com')).toEqual({
      'site:a.com': expect.any(Number),
    });
    expect(await store.get()).toMatchObject({ disabledSites: ['a.com'] });
    await settle();
    expect(listener).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});
