import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  SCHEMA_VERSION,
  isSiteEnabled,
  type Settings,
} from '../../../src/settings/schema';
import { validateSettings } from '../../../src/settings/validate';

/** A valid stored object whose every field differs from the default. */
const custom: Settings = {
  enabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  hiddenEntities: ['tokayev'],
  highlightStyle: 'underline',
  hoverDelayMs: 500,
  cardNeedsModifier: true,
  language: 'kk',
};
const stored = { version: SCHEMA_VERSION, ...custom };

describe('schema', () => {
  it('defaults: on everywhere, nothing hidden, background highlights, 300 ms hover', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledSites: [],
      hiddenEntities: [],
      highlightStyle: 'background',
      hoverDelayMs: 300,
      cardNeedsModifier: false,
      language: 'auto',
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });

  it.each([
    ['on, site not listed', custom.disabledSites, true, 'example.net', true],
    ['on, site listed', custom.disabledSites, true, 'example.com', false],
    ['globally off', [], false, 'example.net', false],
    ['no site key', [], true, null, false],
  ])('isSiteEnabled: %s', (_case, disabledSites, enabled, site, expected) => {
    const settings = { ...DEFAULT_SETTINGS, enabled, disabledSites };
    expect(isSiteEnabled(settings, site)).toBe(expected);
  });
});

describe('validateSettings: whole values', () => {
  it('keeps a valid stored object as it is, without problems', () => {
    expect(validateSettings(stored)).toEqual({ settings: custom, problems: [] });
  });

  it('gives the defaults without problems when nothing is stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('fills in missing fields silently, keeping the others', () => {
    const { settings, problems } = validateSettings({ version: 2, enabled: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(problems).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', 'enabled'],
    ['a number', 42],
    ['an array', [stored]],
    ['a boolean', true],
  ])('falls back to all defaults for %s, and says so', (_what, raw) => {
    const { settings, problems } = validateSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([expect.stringMatching(/^settings: expected an object/)]);
  });

  it.each([
    ['an unknown key', { extra: 1 }, '"extra"'],
    ['a __proto__ own key', JSON.parse('{"__proto__": {"enabled": false}}'), '"__proto__"'],
    ['many unknown keys', Object.fromEntries([...'abcdefg'].map((k) => [k, 1])), 'and 2 more'],
  ])('ignores %s, reports it, and keeps every field', (_what, extra, named) => {
    const { settings, problems } = validateSettings({ ...stored, ...extra });
    expect(settings).toEqual(custom);
    expect(problems).toEqual([expect.stringContaining(named)]);
  });
});

/** [case, field, stored value, what the field becomes, problem text]. */
const corrupt: [string, keyof Settings, unknown, unknown, string][] = [
  ['a string flag', 'enabled', 'false', true, 'expected true or false, got string'],
  ['a numeric flag', 'enabled', 0, true, 'got number'],
  ['a null flag', 'cardNeedsModifier', null, false, 'got null'],
  ['an unknown language', 'language', 'de', 'auto', 'expected one of auto, en, ru, kk'],
  ['a language in capitals', 'language', 'RU', 'auto', 'expected one of auto, en, ru, kk'],
  ['a language as a list', 'language', ['ru'], 'auto', 'expected one of'],
  ['sites as a string', 'disabledSites', 'example.com', [], 'expected a list, got string'],
  ['sites as an object', 'disabledSites', { 0: 'a.com' }, [], 'got object'],
  [
    'non-string sites',
    'disabledSites',
    ['a.com', 7, null, ['b.com']],
    ['a.com'],
    'dropped 3 invalid',
  ],
  ['sites with paths', 'disabledSites', ['a.com/x', 'a.com:80', 'b.com'], ['b.com'], 'dropped 2'],
  [
    'duplicate sites',
    'disabledSites',
    ['a.com', 'b.com', 'a.com'],
    ['a.com', 'b.com'],
    'dropped 1 duplicates',
  ],
  ['non-canonical sites', 'disabledSites', ['WWW.A.com', 'b.com'], ['a.com', 'b.com'], 'rewrote 1'],
  [
    'unknown entity ids',
    'hiddenEntities',
    ['almaty', 'astana', 'ALMATY'],
    ['almaty'],
    'dropped 2 invalid',
  ],
  [
    'duplicate entity ids',
    'hiddenEntities',
    ['tokayev', 'tokayev'],
    ['tokayev'],
    'dropped 1 duplicates',
  ],
  ['entities as null', 'hiddenEntities', null, [], 'expected a list, got null'],
  ['an unknown style', 'highlightStyle', 'bold', 'background', 'expected one of'],
  ['a v1 style name', 'highlightStyle', 'bg', 'background', 'expected one of'],
  ['a NaN delay', 'hoverDelayMs', Number.NaN, 300, 'got NaN'],
  ['a string delay', 'hoverDelayMs', '300', 300, 'got string'],
  ['an infinite delay', 'hoverDelayMs', Number.POSITIVE_INFINITY, 300, 'got number'],
  ['a negative delay', 'hoverDelayMs', -50, 0, '-50 is not a whole number in 0..2000; using 0'],
  ['a delay above range', 'hoverDelayMs', 60_000, 2000, 'using 2000'],
  ['a fractional delay', 'hoverDelayMs', 250.6, 251, 'using 251'],
];

describe('validateSettings: one corrupt field', () => {
  it.each(corrupt)('%s: only %s changes', (_case, field, value, becomes, problem) => {
    const { settings, problems } = validateSettings({ ...stored, [field]: value });
    expect(settings).toEqual({ ...custom, [field]: becomes });
    expect(problems).toEqual([expect.stringContaining(problem)]);
    expect(problems[0]).toMatch(new RegExp(`^${field}: `));
  });

  it('repairs several corrupt fields independently', () => {
    const raw = { ...stored, enabled: 'yes', hoverDelayMs: -1, hiddenEntities: ['x'] };
    const { settings, problems } = validateSettings(raw);
    expect(settings).toEqual({ ...custom, enabled: true, hoverDelayMs: 0, hiddenEntities: [] });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'enabled',
      'hiddenEntities',
      'hoverDelayMs',
    ]);
  });

  it(`keeps the first ${MAX_DISABLED_SITES} of a huge site list, and says so`, () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const { settings, problems } = validateSettings({ ...stored, disabledSites: huge });
    expect(settings.disabledSites).toEqual(huge.slice(0, MAX_DISABLED_SITES));
    expect(settings.enabled).toBe(false);
    expect(problems).toEqual([
      `disabledSites: kept the first ${MAX_DISABLED_SITES} of 100000 entries`,
    ]);
  });
});
