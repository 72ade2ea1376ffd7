import { SCHEMA_VERSION } from './schema';
import { normaliseSiteKey } from './site-key';

/** A stored object as read: only what `JSON` can hold, nothing trusted. */
export type StoredObject = Readonly<Record<string, unknown>>;

/** One step: a pure function from the shape of version N to the shape of version N + 1. */
export type Migration = (stored: StoredObject) => StoredObject;

/** The migrated object (still unvalidated) and what the reader may want to know. */
export interface Migrated {
  value: unknown;
  problems: string[];
}

// A Map, not an object literal: a stored "constructor" must not find Object.prototype's.
const V1_STYLES = new Map<unknown, string>([
  ['bg', 'background'],
  ['ul', 'underline'],
]);

/**
 * v1 is the shape of an earlier draft of this module (no released build wrote it; the step is
 * kept as the pattern every future bump follows, and is tested like one):
 * `{ version: 1, off: string[], style: 'bg' | 'ul' }`, where `off` held hostnames as typed
 * (`www.` and upper case kept, e.g. `WWW.Example.com`) and there was no global switch.
 * Values the step does not understand pass through unchanged so validation reports them.
 */
export const v1ToV2: Migration = (stored) => {
  const { off, style, ...rest } = stored;
  const next: Record<string, unknown> = { ...rest, version: 2 };
  if (off !== undefined) {
    next.disabledSites = Array.isArray(off)
      ? off.map((host: unknown) =>
          typeof host === 'string' ? (normaliseSiteKey(host) ?? host) : host,
        )
      : off;
  }
  if (style !== undefined) next.highlightStyle = V1_STYLES.get(style) ?? style;
  return next;
};

/**
 * v3 moves `disabledSites` out of the settings item into one `site:` item per site. That move
 * spans storage items, so the store makes it (`settings-io.ts`: a list still in the item is
 * read, and written out as items by the next write or `repair()`); the item's other fields keep
 * their shape.
 */
export const v2ToV3: Migration = (stored) => ({ ...stored, version: 3 });

/** Steps keyed by the version they start from; `MIGRATIONS[n]` turns vN into vN+1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2, 2: v2ToV3 };

const isObject = (value: unknown): value is StoredObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a stored value to the current shape. Older known versions run their steps in order. A
 * newer version (another device with a newer build, via storage.sync), a version with no path
 * here, or no version at all is read as current, field by field: validation keeps whatever it
 * still understands. Anything that is not an object is returned as is for validation to reject.
 */
export function migrate(raw: unknown): Migrated {
  if (!isObject(raw)) return { value: raw, problems: [] };
  const version = Object.hasOwn(raw, 'version') ? raw.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      value: raw,
      problems: [`version: expected a whole number; reading as v${SCHEMA_VERSION}`],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      value: raw,
      problems: [
        `version: written by a newer build (v${version}); reading the fields this build knows`,
      ],
    };
  }
  let value: StoredObject = raw;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) {
      return {
        value,
        problems: [`version: no migration from v${from}; reading as v${SCHEMA_VERSION}`],
      };
    }
    value = step(value);
  }
  return { value, problems: [] };
}
