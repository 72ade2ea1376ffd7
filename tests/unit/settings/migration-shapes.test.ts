// Migration adds no field the stored value did not have, and leaves non-objects to validation.
import { describe, expect, it } from 'vitest';
import { migrate, v1ToV2 } from '@/src/settings/migrations';

describe('migrating stored settings', () => {
  it('gives a v1 value without a site list or a style neither field', () => {
    const migrated = v1ToV2({ version: 1, enabled: true });
    expect(migrated).toStrictEqual({ version: 2, enabled: true });
    expect(Object.keys(migrate({ version: 1 }).value as object)).toEqual(['version']);
  });

  it.each([null, undefined, 'v3', 3, [1, 2]])(
    'returns %j as it is, for validation to reject',
    (raw) => {
      expect(migrate(raw)).toStrictEqual({ value: raw, problems: [] });
    },
  );
});
