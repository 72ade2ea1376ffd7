import { normaliseSiteKey } from './site-key';

/**
 * Sites where highlighting is off are stored one storage item per site, `site:<key>` -> the
 * time it was turned off (ms; orders the list as the reader made it). One item per site keeps
 * each write a few dozen bytes, far under storage.sync's 8 KB per item; two windows turning off
 * two sites at once write two different items and cannot lose each other; and a list of
 * thousands of sites costs no more per change than a list of one. storage.sync holds at most
 * 512 items: past that, sites go to storage.local (kept on this device only).
 */
export const SITE_PREFIX = 'site:';

/** storage.sync's item limit (`chrome.storage.sync.MAX_ITEMS`), our settings item included. */
export const SYNC_MAX_ITEMS = 512;

/** One stored site: its key and when it was turned off. */
export interface SiteEntry {
  site: string;
  since: number;
}

/** The storage item name of a site key. */
export const siteItem = (site: string): string => `${SITE_PREFIX}${site}`;

/** What {@link readSiteEntries} found in one area's items. */
export interface SiteEntries {
  entries: SiteEntry[];
  /** Items with our prefix that are not a canonical site key with a time: to be removed. */
  invalid: string[];
}

/** The site entries among a storage area's items (`area.get(null)`), in no particular order. */
export function readSiteEntries(items: Readonly<Record<string, unknown>>): SiteEntries {
  const entries: SiteEntry[] = [];
  const invalid: string[] = [];
  for (const [name, value] of Object.entries(items)) {
    if (!name.startsWith(SITE_PREFIX)) continue;
    const site = name.slice(SITE_PREFIX.length);
    if (normaliseSiteKey(site) === site && typeof value === 'number' && Number.isFinite(value)) {
      entries.push({ site, since: value });
    } else {
      invalid.push(name);
    }
  }
  return { entries, invalid };
}

/** Sites in the order they were turned off (ties by name), each once. */
export function orderedSites(entries: readonly SiteEntry[]): string[] {
  const sorted = [...entries].sort((a, b) => a.since - b.since || (a.site < b.site ? -1 : 1));
  return [...new Set(sorted.map((entry) => entry.site))];
}
