import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, SCHEMA_VERSION } from '../../../src/settings/schema';
import {
  needsRewrite,
  readSnapshot,
  SETTINGS_KEY,
  settingsOf,
  writeSettings,
  type Snapshot,
} from '../../../src/settings/settings-io';
import { orderedSites, readSiteEntries } from '../../../src/settings/site-entries';

/** A storage area in memory that records every call made to it. */
function recordingArea(initial: Record<string, unknown> = {}, refuseSet = false) {
  const items: Record<string, unknown> = { ...initial };
  const calls: string[] = [];
  const area = {
    items,
    calls,
    async get(keys: string | string[] | null) {
      calls.push(`get ${JSON.stringify(keys)}`);
      if (keys === null) return { ...items };
      const out: Record<string, unknown> = {};
      for (const key of [keys].flat()) if (key in items) out[key] = items[key];
      return out;
    },
    async set(added: Record<string, unknown>) {
      calls.push(`set ${Object.keys(added).join(',')}`);
      if (refuseSet) throw new Error('quota');
      Object.assign(items, added);
    },
    async remove(keys: string[]) {
      calls.push(`remove ${keys.join(',')}`);
      for (const key of keys) delete items[key];
    },
  };
  return area;
}

const current = (fields: Record<string, unknown> = {}) => ({
  version: SCHEMA_VERSION,
  ...DEFAULT_SETTINGS,
  disabledSites: undefined,
  ...fields,
});
const stored = (fields: Record<string, unknown> = {}) => {
  const item = current(fields) as Record<string, unknown>;
  delete item.disabledSites;
  return item;
};

describe('site entries', () => {
  it('orders sites by the time they were turned off, whatever order storage gave them in', () => {
    const entries = [
      { site: 'c.example', since: 30 },
      { site: 'a.example', since: 10 },
      { site: 'b.example', since: 20 },
    ];
    expect(orderedSites(entries)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('orders sites turned off in the same millisecond by name, each site once', () => {
    const entries = [
      { site: 'z.example', since: 5 },
      { site: 'b.example', since: 5 },
      { site: 'm.example', since: 1 },
      { site: 'b.example', since: 9 },
    ];
    expect(orderedSites(entries)).toEqual(['m.example', 'b.example', 'z.example']);
    expect(orderedSites([...entries].reverse())).toEqual(['m.example', 'b.example', 'z.example']);
  });

  it('keeps canonical site items with a finite time and calls every other item of ours invalid', () => {
    const found = readSiteEntries({
      'site:news.example': 3,
      'site:News.Example': 4,
      'site:odd.example': 'yesterday',
      'site:inf.example': Infinity,
      settings: {},
    });
    expect(found.entries).toEqual([{ site: 'news.example', since: 3 }]);
    expect(found.invalid.sort()).toEqual([
      'site:News.Example',
      'site:inf.example',
      'site:odd.example',
    ]);
  });
});

describe('reading a snapshot', () => {
  it('asks for the settings item alone when the site is null, and nothing of storage.local', async () => {
    const primary = recordingArea({ [SETTINGS_KEY]: stored(), 'site:a.example': 1 });
    const local = recordingArea({ 'site:b.example': 2 });
    const snapshot = await readSnapshot({ name: 'sync', area: primary }, local, null);
    expect(primary.calls).toEqual([`get ["${SETTINGS_KEY}"]`]);
    expect(local.calls).toEqual([]);
    expect(snapshot.sites.entries).toEqual([]);
    expect(snapshot.local?.entries).toEqual([]);
  });

  it("asks for the settings item and that site's item in both areas for one site", async () => {
    const primary = recordingArea({ [SETTINGS_KEY]: stored(), 'site:a.example': 1 });
    const local = recordingArea({ 'site:a.example': 2, 'site:b.example': 3 });
    const snapshot = await readSnapshot({ name: 'sync', area: primary }, local, 'a.example');
    expect(primary.calls).toEqual([`get ["${SETTINGS_KEY}","site:a.example"]`]);
    expect(local.calls).toEqual(['get ["site:a.example"]']);
    expect(snapshot.sites.entries).toEqual([{ site: 'a.example', since: 1 }]);
    expect(snapshot.local?.entries).toEqual([{ site: 'a.example', since: 2 }]);
  });

  it('reads everything of both areas when no site is named', async () => {
    const primary = recordingArea({ 'site:a.example': 1 });
    const local = recordingArea({ 'site:b.example': 3 });
    const snapshot = await readSnapshot({ name: 'sync', area: primary }, local);
    expect([primary.calls, local.calls]).toEqual([['get null'], ['get null']]);
    expect(settingsOf(snapshot).settings.disabledSites).toEqual(['a.example', 'b.example']);
  });
});

describe('the settings of a snapshot', () => {
  const snapshotOf = (raw: unknown, sites: number): Snapshot => ({
    primary: { name: 'local', area: recordingArea() },
    raw,
    sites: {
      entries: Array.from({ length: sites }, (_, i) => ({ site: `s${i}.example`, since: i })),
      invalid: [],
    },
  });

  it(`keeps the first ${MAX_DISABLED_SITES} sites turned off when storage holds more`, () => {
    const { settings } = settingsOf(snapshotOf(stored(), MAX_DISABLED_SITES + 3));
    expect(settings.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(settings.disabledSites.at(-1)).toBe(`s${MAX_DISABLED_SITES - 1}.example`);
  });
});

describe('whether the stored layout needs a rewrite', () => {
  const snapshotOf = (raw: unknown, invalid: [string[], string[]] = [[], []]): Snapshot => ({
    primary: { name: 'sync', area: recordingArea() },
    raw,
    sites: { entries: [], invalid: invalid[0] },
    local: { entries: [], invalid: invalid[1], area: recordingArea() },
  });

  it.each<[string, unknown, [string[], string[]], boolean]>([
    ['nothing stored', undefined, [[], []], false],
    ['storage cleared (null)', null, [[], []], false],
    ['the current layout', stored(), [[], []], false],
    ['a site list still in the settings item', { ...stored(), disabledSites: [] }, [[], []], true],
    ['an older version', { ...stored(), version: SCHEMA_VERSION - 1 }, [[], []], true],
    ['an invalid site item in the primary area', stored(), [['site:X'], []], true],
    ['an invalid site item in storage.local', stored(), [[], ['site:X']], true],
    ['one invalid site item in each area', stored(), [['site:X'], ['site:Y']], true],
    [
      'a newer version, even with invalid items',
      { ...stored(), version: 99 },
      [['site:X'], []],
      false,
    ],
  ])('%s: %s', (_case, raw, invalid, expected) => {
    expect(needsRewrite(snapshotOf(raw, invalid))).toBe(expected);
  });
});

describe('writing settings', () => {
  const snapshotFrom = async (
    primary: ReturnType<typeof recordingArea>,
    name: 'sync' | 'local',
    local?: ReturnType<typeof recordingArea>,
  ) => {
    const snapshot = await readSnapshot({ name, area: primary }, local);
    primary.calls.length = 0;
    if (local) local.calls.length = 0;
    return snapshot;
  };

  it('writes nothing when nothing changed', async () => {
    const primary = recordingArea({ [SETTINGS_KEY]: stored(), 'site:a.example': 1 });
    const local = recordingArea({ 'site:b.example': 2 });
    const snapshot = await snapshotFrom(primary, 'sync', local);
    const { settings } = settingsOf(snapshot);
    await writeSettings(snapshot, settings, local);
    expect([primary.calls, local.calls]).toEqual([[], []]);
  });

  it('adds a site without writing the default settings item when none was stored', async () => {
    const primary = recordingArea();
    const snapshot = await snapshotFrom(primary, 'sync');
    const local = recordingArea();
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, local);
    expect(primary.calls).toEqual(['set site:a.example']);
    expect(local.calls).toEqual([]);
  });

  it('writes the settings item when a field changed, once, without sites', async () => {
    const primary = recordingArea();
    const snapshot = await snapshotFrom(primary, 'sync');
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, enabled: false }, recordingArea());
    expect(primary.calls).toEqual([`set ${SETTINGS_KEY}`]);
    expect(primary.items[SETTINGS_KEY]).toEqual(stored({ enabled: false }));
  });

  it('keeps a site on this device when storage.sync refuses it', async () => {
    const primary = recordingArea({}, true);
    const snapshot = await snapshotFrom(primary, 'sync');
    const local = recordingArea();
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, local);
    expect(local.items['site:a.example']).toEqual(expect.any(Number));
  });

  it('rejects when storage.local itself refuses a new site', async () => {
    const primary = recordingArea({}, true);
    const snapshot = await snapshotFrom(primary, 'local');
    const fallback = recordingArea();
    await expect(
      writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, fallback),
    ).rejects.toThrow('quota');
    expect(fallback.calls).toEqual([]);
  });

  it('does not write again a site already kept in storage.local', async () => {
    const primary = recordingArea();
    const local = recordingArea({ 'site:a.example': 1 });
    const snapshot = await snapshotFrom(primary, 'sync', local);
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, local);
    expect([primary.calls, local.calls]).toEqual([[], []]);
  });

  it('removes sites turned back on, and invalid items, from the area that holds them', async () => {
    const primary = recordingArea({ 'site:a.example': 1, 'site:Bad': 2 });
    const local = recordingArea({ 'site:b.example': 3, 'site:c.example': 4 });
    const snapshot = await snapshotFrom(primary, 'sync', local);
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['c.example'] }, local);
    expect(primary.calls).toEqual(['remove site:a.example,site:Bad']);
    expect(local.calls).toEqual(['remove site:b.example']);
  });

  it('removes nothing from storage.local when only the primary area held what went', async () => {
    const primary = recordingArea({ 'site:a.example': 1 });
    const local = recordingArea({ 'site:b.example': 3 });
    const snapshot = await snapshotFrom(primary, 'sync', local);
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['b.example'] }, local);
    expect(primary.calls).toEqual(['remove site:a.example']);
    expect(local.calls).toEqual([]);
  });
});
