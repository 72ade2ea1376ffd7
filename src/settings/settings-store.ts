import { browser } from 'wxt/browser';
import { migrate } from './migrations';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type Settings } from './schema';
import { normaliseSiteKey } from './site-key';
import { validateSettings } from './validate';

export { isSiteEnabled } from './schema';

/** The one storage key; it holds `{ version, ...fields }` (see `schema.ts`). */
export const SETTINGS_KEY = 'settings';

/** The reader's settings, wherever they are stored. UI and content script depend on this only. */
export interface SettingsStore {
  /** Current settings, validated. Never rejects: unreadable storage gives the defaults. */
  get(): Promise<Settings>;
  /**
   * Re-reads the stored settings, applies `change` and writes the result. Rejects, writing
   * nothing, if the result does not validate as is (e.g. a 5,001st disabled site) or storage
   * refuses it (storage.sync allows 8 KB per item, a few hundred typical hostnames).
   */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
  /** Turns highlighting on or off for a site key (`WWW.Example.com` is taken as `example.com`). */
  setSiteEnabled(site: string, on: boolean): Promise<Settings>;
  /** Writes the defaults. */
  reset(): Promise<Settings>;
  /** Calls `listener` with validated settings whenever any context changes them. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** The part of a storage area the store uses. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A `storage.onChanged` listener: changed keys, and the area they changed in. */
export type StorageChangeListener = (
  changes: Record<string, { newValue?: unknown }>,
  areaName: string,
) => void;

/** The part of `browser.storage` the store uses, so tests can hand in a stub. */
export interface StorageApiLike {
  /** Missing, or throwing, where the browser cannot sync (e.g. Firefox with sync disabled). */
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

interface Area {
  name: 'sync' | 'local';
  area: StorageAreaLike;
}

/**
 * The settings in `storage.sync`, or `storage.local` if sync is missing or its first read
 * throws (decided once per store). Problems found on reading are logged once each.
 *
 * Remaining race: storage has no compare-and-swap. Updates from one store are queued, so they
 * never lose each other; but if two contexts (the popup and a page's card, two windows) update
 * within the few ms between one's read and its write, the later write wins and the other change
 * is lost. Routing every write through the background would close that gap. Also, a write
 * stamps this build's version: fields that only a newer build (on another synced device) knows
 * are dropped by it.
 */
export function createSettingsStore(
  api: StorageApiLike = browser.storage,
  logger: Pick<Console, 'warn'> = console,
): SettingsStore {
  const reported = new Set<string>();
  const report = (problems: readonly string[]) => {
    for (const problem of problems.filter((p) => !reported.has(p))) {
      reported.add(problem);
      logger.warn(`Kazakhstan Context settings: ${problem}`);
    }
  };
  const toSettings = (raw: unknown): Settings => {
    // A removed key arrives as undefined, and the fake browser reports `clear()` as null.
    const migrated = migrate(raw ?? undefined);
    const { settings, problems } = validateSettings(migrated.value);
    report([...migrated.problems, ...problems]);
    return settings;
  };

  let chosen: Promise<Area> | undefined;
  const pickArea = () => (chosen ??= chooseArea(api, report));
  const readRaw = async () => {
    const area = await pickArea();
    return { area, raw: (await area.area.get(SETTINGS_KEY))[SETTINGS_KEY] };
  };

  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (settings: Settings) => Settings): Promise<Settings> => {
    const run = async () => {
      const { area, raw } = await readRaw();
      const checked = validateSettings(change(toSettings(raw)));
      if (checked.problems.length > 0) {
        throw new Error(`Settings change rejected: ${checked.problems.join('; ')}`);
      }
      const stored = { version: SCHEMA_VERSION, ...checked.settings };
      // Skip no-op writes: storage.sync allows only 120 writes a minute.
      if (JSON.stringify(stored) !== JSON.stringify(raw)) {
        await area.area.set({ [SETTINGS_KEY]: stored });
      }
      return checked.settings;
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    async get() {
      try {
        return toSettings((await readRaw()).raw);
      } catch (error) {
        report([`could not read storage (${String(error)}); using the defaults`]);
        return validateSettings(undefined).settings;
      }
    },
    update,
    setSiteEnabled(site, on) {
      const key = normaliseSiteKey(site);
      if (key === null) return Promise.reject(new TypeError(`Not a site key: ${site}`));
      return update((settings) => {
        const { disabledSites } = settings;
        if (on) return { ...settings, disabledSites: disabledSites.filter((s) => s !== key) };
        return disabledSites.includes(key)
          ? settings
          : { ...settings, disabledSites: [...disabledSites, key] };
      });
    },
    reset: () => update(() => ({ ...DEFAULT_SETTINGS })),
    subscribe(listener) {
      let active = true;
      const onChanged: StorageChangeListener = (changes, areaName) => {
        if (!Object.hasOwn(changes, SETTINGS_KEY)) return;
        const { newValue } = changes[SETTINGS_KEY] ?? {};
        void pickArea().then(({ name }) => {
          if (active && name === areaName) listener(toSettings(newValue));
        });
      };
      api.onChanged.addListener(onChanged);
      return () => {
        active = false;
        api.onChanged.removeListener(onChanged);
      };
    },
  };
}

async function chooseArea(
  api: StorageApiLike,
  report: (problems: string[]) => void,
): Promise<Area> {
  try {
    const { sync } = api;
    if (sync) {
      await sync.get(SETTINGS_KEY);
      return { name: 'sync', area: sync } satisfies Area;
    }
    report(['storage.sync is missing; using storage.local']);
  } catch (error) {
    report([`storage.sync is unavailable (${String(error)}); using storage.local`]);
  }
  return { name: 'local', area: api.local } satisfies Area;
}
