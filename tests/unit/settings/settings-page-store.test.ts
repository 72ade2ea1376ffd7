import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS_KEY,
  createSettingsStore,
  isSiteEnabled,
  type StorageApiLike,
  type StorageAreaLike,
} from '../../../src/settings/settings-store';

const silent = () => ({ warn: vi.fn() });
const site = (i: number) => `site-number-${i}.example.com`;

/** An area that records every `get` it is asked for. */
function recorded(area: StorageAreaLike, asked: unknown[]): StorageAreaLike {
  return {
    get: (keys) => {
      asked.push(keys);
      return area.get(keys);
    },
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}

function apis() {
  const asked: unknown[] = [];
  const api: StorageApiLike = {
    sync: recorded(fakeBrowser.storage.sync, asked),
    local: recorded(fakeBrowser.storage.local, asked),
    onChanged: fakeBrowser.storage.onChanged,
  };
  return { api, asked };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("a page's settings store (its own site only)", () => {
  beforeEach(async () => {
    const all = createSettingsStore(apis().api, silent());
    await all.update((s) => ({
      ...s,
      hiddenEntities: ['almaty'],
      disabledSites: Array.from({ length: 300 }, (_, i) => site(i)),
    }));
  });

  it.each([
    ['a site turned off', site(150), false],
    ['a site turned off, written another way', `WWW.${site(7).toUpperCase()}`, false],
    ['a site left on', 'example.org', true],
    ['a page without a site (never highlighted)', null, false],
  ] as const)('tells %s apart, reading no other site', async (_what, page, enabled) => {
    const { api, asked } = apis();
    const settings = await createSettingsStore(api, silent(), { onlySite: page }).get();
    expect(
      isSiteEnabled(settings, page === null ? null : page.replace(/^www\./i, '').toLowerCase()),
    ).toBe(enabled);
    expect(settings.disabledSites.length).toBeLessThanOrEqual(1);
    expect(settings.hiddenEntities).toEqual(['almaty']);
    // Never every item: the list of sites turned off may hold thousands.
    expect(asked).not.toContain(null);
  });

  it('finds its site where sync refused it and it went to this device', async () => {
    await fakeBrowser.storage.local.set({ [`site:device-only.com`]: 5 });
    const settings = await createSettingsStore(apis().api, silent(), {
      onlySite: 'device-only.com',
    }).get();
    expect(settings.disabledSites).toEqual(['device-only.com']);
  });

  it('still honours a site list kept in the settings item by an older build', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { version: 2, enabled: true, disabledSites: ['legacy.com'] },
    });
    const settings = await createSettingsStore(apis().api, silent(), {
      onlySite: 'legacy.com',
    }).get();
    expect(isSiteEnabled(settings, 'legacy.com')).toBe(false);
  });

  it('follows changes to its own site and the settings, not to other sites', async () => {
    const store = createSettingsStore(apis().api, silent(), { onlySite: 'news.example' });
    const heard = vi.fn();
    store.subscribe(heard);
    const writer = createSettingsStore(apis().api, silent());
    await writer.setSiteEnabled('elsewhere.example', false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).not.toHaveBeenCalled();
    await writer.setSiteEnabled('news.example', false);
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    expect(isSiteEnabled(heard.mock.lastCall?.[0], 'news.example')).toBe(false);
    await writer.update((s) => ({ ...s, highlightStyle: 'underline' }));
    await vi.waitFor(() => expect(heard.mock.lastCall?.[0].highlightStyle).toBe('underline'));
  });

  it('keeps every other site when it writes (writes read everything)', async () => {
    const store = createSettingsStore(apis().api, silent(), { onlySite: 'news.example' });
    await store.setSiteEnabled('news.example', false);
    const all = await createSettingsStore(apis().api, silent()).get();
    expect(all.disabledSites).toHaveLength(301);
    expect(all.disabledSites.at(-1)).toBe('news.example');
  });
});
