import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import {
  needsRewrite,
  readSnapshot,
  settingsOf,
  writeSettings,
  type Snapshot,
} from './settings-io';
import { orderedSites, SITE_PREFIX, siteItem } from './site-entries';
import { normaliseSiteKey } from './site-key';
import { validateSettings } from './validate';

export { isSiteEnabled } from './schema';

export { SETTINGS_KEY } from './settings-io';
import { SETTINGS_KEY } from './settings-io';

/** The reader's settings, wherever they are stored. UI and content script depend on this only. */
export interface SettingsStore {
  /** Current settings, validated. Never rejects: unreadable storage gives the defaults. */
  get(): Promise<Settings>;
  /**
   * Re-reads the stored settings, applies `change` and writes the result. Rejects, writing
   * nothing, if the result does not validate as is (e.g. a 5,001st disabled site) or storage
   * and storage.local both refuse it. A site that storage.sync refuses is kept in storage.local.
   */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
  /** Turns highlighting on or off for a site key (`WWW.Example.com` is taken as `example.com`). */
  setSiteEnabled(site: string, on: boolean): Promise<Settings>;
  /** Writes the defaults. */
  reset(): Promise<Settings>;
  /**
   * Writes back, once, what a read had to repair or migrate (corrupt fields, a v2 site list,
   * invalid site items); resolves true if it wrote. Leaves a newer build's value alone.
   */
  repair(): Promise<boolean>;
  /** Sites kept in storage.local only, because storage.sync refused them (empty on local). */
  deviceOnlySites(): Promise<string[]>;
  /** Calls `listener` with validated settings whenever any context changes them. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** The part of a storage area the store uses. */
export interface StorageAreaLike {
  /** `null`: every item (the store reads its site items this way). */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
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

/** Options of {@link createSettingsStore}. */
export interface StoreOptions {
  /**
   * For a page: `get` and `subscribe` read the settings item and this site's items only, so
   * their `disabledSites` holds this site at most (enough for `isSiteEnabled`), and changes to
   * other sites are not followed. Writes still read everything. `null`: a page without a site.
   */
  onlySite?: string | null;
}

interface Area {
  name: 'sync' | 'local';
  area: StorageAreaLike;
}

const isOurs = (name: string) => name === SETTINGS_KEY || name.startsWith(SITE_PREFIX);

/**
 * The settings object in `storage.sync` (or `storage.local` if sync is missing or its first
 * read throws; decided once per store), and one `site:` item per site turned off
 * (`site-entries.ts`), in the same area or, once sync refuses one (its 512 items, or its write
 * rate), in `storage.local`. Problems found on reading are logged once each to `logger`
 * (null: not at all; content scripts would print them in every page's console).
 *
 * Remaining race: storage has no compare-and-swap. Updates from one store are queued, so they
 * never lose each other, and sites are separate items; but if two contexts change the other
 * fields within the few ms between one's read and its write, the later write wins. Also, a
 * write stamps this build's version: fields that only a newer build (on another synced device)
 * knows are dropped by it.
 */
export function createSettingsStore(
  api: StorageApiLike = browser.storage,
  logger: Pick<Console, 'warn'> | null = console,
  options: StoreOptions = {},
): SettingsStore {
  // A page's store reads the settings item and its own site's items only.
  const scoped = options.onlySite !== undefined;
  const onlySite = scoped ? normaliseSiteKey(options.onlySite ?? '') : null;
  const watched = (name: string) =>
    scoped
      ? name === SETTINGS_KEY || (onlySite !== null && name === siteItem(onlySite))
      : isOurs(name);
  const reported = new Set<string>();
  const report = (problems: readonly string[]) => {
    for (const problem of problems.filter((p) => !reported.has(p))) {
      reported.add(problem);
      logger?.warn(`Kazakhstan Context settings: ${problem}`);
    }
  };

  let chosen: Promise<Area> | undefined;
  const pickArea = () => (chosen ??= chooseArea(api, report));
  const read = async () => {
    const primary = await pickArea();
    return readSnapshot(primary, primary.name === 'sync' ? api.local : undefined);
  };
  /** What `get` and `subscribe` read: everything, or for a page's store its own site only. */
  const readView = async () => {
    if (!scoped) return read();
    const primary = await pickArea();
    const local = primary.name === 'sync' ? api.local : undefined;
    // A page without a site key (about:blank, a file) reads no site item: none can be its own.
    return readSnapshot(primary, local, onlySite);
  };
  const toSettings = (snapshot: Snapshot) => {
    const { settings, problems, newer } = settingsOf(snapshot);
    report(problems);
    return { settings, fixable: problems.length > 0 && !newer };
  };

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
  const update = (change: (settings: Settings) => Settings): Promise<Settings> =>
    enqueue(async () => {
      const snapshot = await read();
      const checked = validateSettings(change(toSettings(snapshot).settings));
      if (checked.problems.length > 0) {
        throw new Error(`Settings change rejected: ${checked.problems.join('; ')}`);
      }
      await writeSettings(snapshot, checked.settings, api.local);
      return checked.settings;
    });

  return {
    async get() {
      try {
        return toSettings(await readView()).settings;
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
    repair: () =>
      enqueue(async () => {
        const snapshot = await read();
        const { settings, fixable } = toSettings(snapshot);
        if (!fixable && !needsRewrite(snapshot)) return false;
        await writeSettings(snapshot, settings, api.local);
        return true;
      }),
    async deviceOnlySites() {
      const snapshot = await read();
      return orderedSites(snapshot.local?.entries ?? []);
    },
    subscribe(listener) {
      let active = true;
      let latest = 0;
      const onChanged: StorageChangeListener = (changes, areaName) => {
        const names = Object.keys(changes);
        if (!names.some(watched)) return;
        const ticket = (latest += 1);
        void pickArea()
          .then(async ({ name }) => {
            // The other area's settings item is not ours to follow; its site items are.
            const relevant =
              areaName === name ||
              (areaName === 'local' && names.some((n) => n.startsWith(SITE_PREFIX)));
            if (!relevant) return;
            const snapshot = await readView();
            if (active && ticket === latest) listener(toSettings(snapshot).settings);
          })
          .catch(() => undefined);
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
