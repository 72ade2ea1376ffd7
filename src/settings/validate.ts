import { ENTITY_IDS, type EntityId } from '../dossier/types';
import type { HighlightStyle } from '../highlight/highlight-names';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../i18n/languages';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, MAX_DISABLED_SITES, type Settings } from './schema';
import { normaliseSiteKey } from './site-key';

/** Settings safe to use, and one line per field that was not taken as stored. */
export interface ValidatedSettings {
  settings: Settings;
  /** Each starts with the field's name, e.g. `hoverDelayMs: expected a number, got NaN; ...`. */
  problems: string[];
}

/** A field's value as read, or no value (use the default), with what was wrong. */
interface Checked<T> {
  value?: T;
  problems: string[];
}

type Check<T> = (value: unknown) => Checked<T>;

const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background', 'underline', 'both'];
/** Stored next to the fields (see `migrations.ts`); not a setting. */
const NOT_FIELDS = new Set(['version']);

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : Number.isNaN(value)
        ? 'NaN'
        : typeof value;

const fallBack = <T>(problem: string): Checked<T> => ({
  problems: [`${problem}; using the default`],
});

const boolean: Check<boolean> = (value) =>
  typeof value === 'boolean'
    ? { value, problems: [] }
    : fallBack(`expected true or false, got ${describe(value)}`);

const highlightStyle: Check<HighlightStyle> = (value) =>
  HIGHLIGHT_STYLES.includes(value as HighlightStyle)
    ? { value: value as HighlightStyle, problems: [] }
    : fallBack(`expected one of ${HIGHLIGHT_STYLES.join(', ')}`);

const language: Check<LanguageSetting> = (value) =>
  LANGUAGE_SETTINGS.includes(value as LanguageSetting)
    ? { value: value as LanguageSetting, problems: [] }
    : fallBack(`expected one of ${LANGUAGE_SETTINGS.join(', ')}`);

/**
 * A finite number out of range (or fractional) is clamped and rounded rather than replaced: it
 * still says "shorter" or "longer", and a newer build with a wider range may have written it
 * through storage.sync. Anything else (NaN, a string...) falls back to the default.
 */
const hoverDelay: Check<number> = (value) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallBack(`expected a number of ms, got ${describe(value)}`);
  }
  const { min, max } = HOVER_DELAY_RANGE;
  // (Math.max with a min of 0 also turns -0 into 0.)
  const clamped = Math.min(max, Math.max(min, Math.round(value)));
  if (clamped === value) return { value: clamped, problems: [] };
  return {
    value: clamped,
    problems: [`${value} is not a whole number in ${min}..${max}; using ${clamped}`],
  };
};

/**
 * Keeps the valid elements in order, canonical and without duplicates. Only the first `cap`
 * elements are looked at, so a huge corrupt array costs a bounded amount of work per read.
 */
function list<T>(parse: (element: unknown) => T | null, cap = Infinity): Check<readonly T[]> {
  return (value) => {
    if (!Array.isArray(value)) return fallBack(`expected a list, got ${describe(value)}`);
    const kept = new Set<T>();
    let [invalid, duplicates, rewritten] = [0, 0, 0];
    for (const element of value.slice(0, cap)) {
      const parsed = parse(element);
      if (parsed === null) invalid += 1;
      else if (kept.has(parsed)) duplicates += 1;
      else kept.add(parsed);
      if (parsed !== null && parsed !== element) rewritten += 1;
    }
    const problems = [
      invalid && `dropped ${invalid} invalid entries`,
      duplicates && `dropped ${duplicates} duplicates`,
      rewritten && `rewrote ${rewritten} entries to their canonical form`,
      value.length > cap && `kept the first ${cap} of ${value.length} entries`,
    ].filter((p): p is string => typeof p === 'string');
    return { value: [...kept], problems };
  };
}

const entityId = (element: unknown): EntityId | null =>
  ENTITY_IDS.includes(element as EntityId) ? (element as EntityId) : null;

const siteKey = (element: unknown): string | null =>
  typeof element === 'string' ? normaliseSiteKey(element) : null;

const FIELDS: { [K in keyof Settings]-?: Check<Settings[K]> } = {
  enabled: boolean,
  disabledSites: list(siteKey, MAX_DISABLED_SITES),
  hiddenEntities: list(entityId),
  highlightStyle,
  hoverDelayMs: hoverDelay,
  cardNeedsModifier: boolean,
  language,
};

/**
 * Reads `raw` (the stored object, already migrated) field by field. A missing field takes its
 * default silently (fields are added without a version bump); a corrupt one takes its default,
 * or its repaired value, on its own and is named in `problems`. Unknown keys are ignored and
 * reported. Never throws; `undefined` (nothing stored) gives the defaults with no problems.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const settings = { ...DEFAULT_SETTINGS } as Record<keyof Settings, unknown>;
  if (raw === undefined) return { settings: settings as Settings, problems: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      settings: settings as Settings,
      problems: [`settings: expected an object, got ${describe(raw)}; using all defaults`],
    };
  }
  const problems: string[] = [];
  for (const field of Object.keys(FIELDS) as (keyof Settings)[]) {
    // Own properties only: a stored `__proto__` key must not smuggle in inherited values.
    if (!Object.hasOwn(raw, field)) continue;
    const checked = FIELDS[field]((raw as Record<string, unknown>)[field]);
    if (checked.value !== undefined) settings[field] = checked.value;
    problems.push(...checked.problems.map((p) => `${field}: ${p}`));
  }
  const unknown = Object.keys(raw).filter(
    (key) => !Object.hasOwn(FIELDS, key) && !NOT_FIELDS.has(key),
  );
  if (unknown.length > 0) {
    const named = unknown.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 40)));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    problems.push(`ignored unknown keys: ${named.join(', ')}${more}`);
  }
  return { settings: settings as Settings, problems };
}
