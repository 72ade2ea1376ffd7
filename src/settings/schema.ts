import type { EntityId } from '../dossier/types';
import type { HighlightStyle } from '../highlight/highlight-names';
import type { LanguageSetting } from '../i18n/languages';

/**
 * Version of the stored shape written by this build. Bump it, and add a step to
 * `migrations.ts`, whenever a field is renamed or changes meaning; adding a field with a default
 * needs no bump (validation fills it in).
 */
export const SCHEMA_VERSION = 3;

/** The reader's preferences, as every part of the extension sees them (always validated). */
export interface Settings {
  /** Global switch: false turns highlighting off on every site. */
  enabled: boolean;
  /** Site keys (see `site-key.ts`) where highlighting is off, in the order they were added. */
  disabledSites: readonly string[];
  /** Entities the reader chose not to see highlighted anywhere. */
  hiddenEntities: readonly EntityId[];
  /** How highlights are painted. */
  highlightStyle: HighlightStyle;
  /** How long the pointer must rest on a mention before its card opens, in whole ms. */
  hoverDelayMs: number;
  /** When true, the card opens only while a modifier key is held during hover. */
  cardNeedsModifier: boolean;
  /**
   * The language of the extension's own words: `auto` follows the browser's UI language
   * (English where it is none of ours); `en`, `ru`, `kk` choose one. An added field: older
   * stored settings lack it and read as `auto` (no version bump).
   */
  language: LanguageSetting;
}

/** What `settings` holds in storage: the fields plus the version that wrote them. */
export type StoredSettings = Settings & { version: number };

/** Settings of a fresh install; also what each corrupt field falls back to. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: Object.freeze([]) as readonly string[],
  hiddenEntities: Object.freeze([]) as readonly EntityId[],
  highlightStyle: 'background',
  // Wikipedia's Page Previews wait about this long (see DESIGN.md, "Hover timing").
  hoverDelayMs: 300,
  cardNeedsModifier: false,
  language: 'auto',
});

/** Accepted range of `hoverDelayMs`; values outside are clamped (see `validate.ts`). */
export const HOVER_DELAY_RANGE = Object.freeze({ min: 0, max: 2000 });

/**
 * Most entries `disabledSites` may hold. Sites are stored one item each (`site-entries.ts`):
 * about 500 fit storage.sync, the rest go to storage.local. This bounds what a read of a corrupt
 * or hand-edited value can cost (one URL parse per entry).
 */
export const MAX_DISABLED_SITES = 10_000;

/**
 * Whether highlighting should run on `site`: the global switch is on and the site is not in
 * `disabledSites`. A page with no site key (`null`, e.g. about:blank) is never highlighted.
 */
export function isSiteEnabled(settings: Settings, site: string | null): boolean {
  return settings.enabled && site !== null && !settings.disabledSites.includes(site);
}
