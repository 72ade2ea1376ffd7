import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, v1ToV2 } from '../../../src/settings/migrations';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../../src/settings/schema';
import { validateSettings } from '../../../src/settings/validate';

describe('v1ToV2', () => {
  it.each([
    [
      'hostnames as typed become site keys, style names are spelt out',
      { version: 1, off: ['WWW.Example.com', 'news.example.org.'], style: 'bg' },
      {
        version: 2,
        disabledSites: ['example.com', 'news.example.org'],
        highlightStyle: 'background',
      },
    ],
    [
      'a Unicode hostname becomes its punycode key',
      { version: 1, off: ['www.Алматы.kz'], style: 'ul' },
      { version: 2, disabledSites: ['xn--80aa6ae5a6c.kz'], highlightStyle: 'underline' },
    ],
    ['absent fields stay absent', { version: 1 }, { version: 2 }],
    [
      'values it does not understand pass through for validation',
      { version: 1, off: 'example.com', style: 'constructor' },
      { version: 2, disabledSites: 'example.com', highlightStyle: 'constructor' },
    ],
    [
      'entries that are not hostnames are kept as they were',
      { version: 1, off: ['a.com/x', 3] },
      { version: 2, disabledSites: ['a.com/x', 3] },
    ],
    [
      'fields already named as in v2 are carried over',
      { version: 1, off: [], enabled: false },
      { version: 2, disabledSites: [], enabled: false },
    ],
  ])('%s', (_case, v1, v2) => {
    expect(v1ToV2(v1)).toEqual(v2);
  });

  it('is pure: the input is left untouched', () => {
    const v1 = Object.freeze({ version: 1, off: Object.freeze(['www.a.com']), style: 'bg' });
    expect(() => v1ToV2(v1)).not.toThrow();
    expect(v1).toEqual({ version: 1, off: ['www.a.com'], style: 'bg' });
  });
});

describe('migrate', () => {
  it('has a step from every version before the current one', () => {
    for (let version = 1; version < SCHEMA_VERSION; version += 1) {
      expect(MIGRATIONS[version]).toBeTypeOf('function');
    }
  });

  it.each([
    ['the current version', { version: 3, enabled: false }, { version: 3, enabled: false }, []],
    [
      'v1, through its steps',
      { version: 1, off: ['www.a.com'], style: 'ul' },
      { version: 3, disabledSites: ['a.com'], highlightStyle: 'underline' },
      [],
    ],
    [
      'v2, whose site list the store moves into site items',
      { version: 2, disabledSites: ['a.com'], enabled: false },
      { version: 3, disabledSites: ['a.com'], enabled: false },
      [],
    ],
    [
      'a newer version, as is',
      { version: 7, enabled: false, colour: 'teal' },
      { version: 7, enabled: false, colour: 'teal' },
      ['version: written by a newer build (v7); reading the fields this build knows'],
    ],
    [
      'a version with no path, as is',
      { version: 0, enabled: false },
      { version: 0, enabled: false },
      ['version: no migration from v0; reading as v3'],
    ],
    [
      'no version, as is',
      { enabled: false },
      { enabled: false },
      ['version: expected a whole number; reading as v3'],
    ],
    [
      'a string version, as is',
      { version: '1', off: ['a.com'] },
      { version: '1', off: ['a.com'] },
      ['version: expected a whole number; reading as v3'],
    ],
    ['a non-object, untouched for validation to reject', 'settings', 'settings', []],
    ['nothing stored', undefined, undefined, []],
  ])('reads %s', (_case, raw, value, problems) => {
    expect(migrate(raw)).toEqual({ value, problems });
  });

  it('lets validation keep what a newer build wrote that this one understands', () => {
    const { value } = migrate({ version: 9, enabled: false, hoverDelayMs: 2500, newField: 1 });
    const { settings } = validateSettings(value);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 2000 });
  });
});
