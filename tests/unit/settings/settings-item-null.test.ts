// A settings item stored as null (a cleared value) counts as no item: adding a site to the
// defaults writes the site alone, as it does when nothing was stored.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import {
  readSnapshot,
  SETTINGS_KEY,
  settingsOf,
  writeSettings,
} from '../../../src/settings/settings-io';

function area(initial: Record<string, unknown>) {
  const items: Record<string, unknown> = { ...initial };
  const writes: string[] = [];
  return {
    items,
    writes,
    async get(keys: string | string[] | null) {
      if (keys === null) return { ...items };
      return Object.fromEntries(
        [keys]
          .flat()
          .filter((k) => k in items)
          .map((k) => [k, items[k]]),
      );
    },
    async set(added: Record<string, unknown>) {
      writes.push(...Object.keys(added));
      Object.assign(items, added);
    },
    async remove(keys: string[]) {
      for (const key of keys) delete items[key];
    },
  };
}

describe('a settings item stored as null', () => {
  it('reads as the defaults, and adding a site writes only the site', async () => {
    const sync = area({ [SETTINGS_KEY]: null });
    const snapshot = await readSnapshot({ name: 'sync', area: sync }, area({}));
    expect(settingsOf(snapshot).settings).toEqual(DEFAULT_SETTINGS);
    await writeSettings(snapshot, { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, area({}));
    expect(sync.writes).toEqual(['site:a.example']);
    expect(sync.items[SETTINGS_KEY]).toBeNull();
  });
});
