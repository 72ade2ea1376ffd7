import { migrate } from './migrations';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, SCHEMA_VERSION, type Settings } from './schema';
import { orderedSites, readSiteEntries, siteItem, type SiteEntries } from './site-entries';
import { validateSettings } from './validate';

/** The storage item holding `{ version, ...fields }` but the sites (see `schema.ts`). */
export const SETTINGS_KEY = 'settings';

/** The settings item of the defaults, which is never written as such. */
const DEFAULT_STORED: Record<string, unknown> = { version: SCHEMA_VERSION, ...DEFAULT_SETTINGS };
delete DEFAULT_STORED.disabledSites;

/** The part of a storage area read and written here (see `settings-store.ts`). */
interface AreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Everything of ours in storage at one moment. */
export interface Snapshot {
  primary: { name: 'sync' | 'local'; area: AreaLike };
  /** The settings item as stored (unvalidated). */
  raw: unknown;
  /** Site items in the primary area. */
  sites: SiteEntries;
  /** Site items in storage.local when the primary area is sync (sync refused them). */
  local?: SiteEntries & { area: AreaLike };
}

/**
 * Reads the settings item and every site item, of `primary` and, if given, `local`; or, with
 * `site`, the settings item and that one site's items only (what a page needs: the list of
 * every site turned off can hold thousands); with `site` null, the settings item alone.
 */
export async function readSnapshot(
  primary: Snapshot['primary'],
  local: AreaLike | undefined,
  site?: string | null,
): Promise<Snapshot> {
  const own = site ? [siteItem(site)] : [];
  const items = await primary.area.get(site === undefined ? null : [SETTINGS_KEY, ...own]);
  const snapshot: Snapshot = { primary, raw: items[SETTINGS_KEY], sites: readSiteEntries(items) };
  if (local) {
    const localItems =
      site === undefined ? await local.get(null) : own.length ? await local.get(own) : {};
    snapshot.local = { ...readSiteEntries(localItems), area: local };
  }
  return snapshot;
}

/**
 * The settings a snapshot stands for: the settings item migrated and validated field by field,
 * its sites those of the site items plus, first, a list still in the item (as v2 stored them).
 * `newer`: a newer build wrote the item (never rewritten by this one on its own).
 */
export function settingsOf(snapshot: Snapshot): {
  settings: Settings;
  problems: string[];
  newer: boolean;
} {
  // A removed key arrives as undefined, and the fake browser reports `clear()` as null.
  const migrated = migrate(snapshot.raw ?? undefined);
  const { settings, problems } = validateSettings(migrated.value);
  const listed = settings.disabledSites.map((site, since) => ({ site, since }));
  const entries = [...listed, ...snapshot.sites.entries, ...(snapshot.local?.entries ?? [])];
  const disabledSites = orderedSites(entries).slice(0, MAX_DISABLED_SITES);
  const version = (snapshot.raw as { version?: unknown } | undefined)?.version;
  const newer = typeof version === 'number' && version > SCHEMA_VERSION;
  return {
    settings: { ...settings, disabledSites },
    problems: [...migrated.problems, ...problems],
    newer,
  };
}

/** Whether the stored layout is out of date even where nothing was corrupt. */
export function needsRewrite(snapshot: Snapshot): boolean {
  const raw = snapshot.raw as Record<string, unknown> | undefined;
  const legacyList = typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'disabledSites');
  const invalid = snapshot.sites.invalid.length + (snapshot.local?.invalid.length ?? 0);
  const newer = settingsOf(snapshot).newer;
  return (
    !newer &&
    (legacyList ||
      invalid > 0 ||
      (raw !== undefined && raw !== null && raw.version !== SCHEMA_VERSION))
  );
}

/**
 * Writes `settings` over `snapshot`: new sites first (as items in the primary area; in
 * storage.local if sync refuses them), then the settings item if it changed (without a site
 * list), then removes items of sites turned back on and invalid ones. Nothing is written that
 * is already so (storage.sync allows 120 writes a minute). Rejects if no area takes a new site.
 */
export async function writeSettings(
  snapshot: Snapshot,
  settings: Settings,
  localArea: AreaLike,
): Promise<void> {
  const { primary, local } = snapshot;
  const keyed = new Set(
    [...snapshot.sites.entries, ...(local?.entries ?? [])].map(({ site }) => site),
  );

  const now = Date.now();
  const sinceOf = new Map(
    settingsOf(snapshot).settings.disabledSites.map((site, i) => [site, i] as const),
  );
  const added: Record<string, number> = {};
  settings.disabledSites.forEach((site, i) => {
    if (!keyed.has(site)) added[siteItem(site)] = sinceOf.get(site) ?? now + i;
  });
  if (Object.keys(added).length > 0) {
    try {
      await primary.area.set(added);
    } catch (error) {
      if (primary.name !== 'sync') throw error;
      // Over sync's item count or write rate: kept on this device, where the limits are far.
      await localArea.set(added);
    }
  }

  const stored: Record<string, unknown> = { version: SCHEMA_VERSION, ...settings };
  delete stored.disabledSites;
  // Nothing stored and nothing but sites changed: the defaults need no item (and a write that
  // sync would refuse now, as the site went to storage.local).
  const needless =
    (snapshot.raw === undefined || snapshot.raw === null) &&
    JSON.stringify(stored) === JSON.stringify(DEFAULT_STORED);
  if (!needless && JSON.stringify(stored) !== JSON.stringify(snapshot.raw)) {
    await primary.area.set({ [SETTINGS_KEY]: stored });
  }

  const keep = new Set(settings.disabledSites);
  const gone = (entries: SiteEntries) => [
    ...entries.entries.filter(({ site }) => !keep.has(site)).map(({ site }) => siteItem(site)),
    ...entries.invalid,
  ];
  const fromPrimary = gone(snapshot.sites);
  if (fromPrimary.length > 0) await primary.area.remove(fromPrimary);
  if (local) {
    const fromLocal = gone(local);
    if (fromLocal.length > 0) await local.area.remove(fromLocal);
  }
}
