// The probe for Kazakh locale data says yes where the runtime has it (Node's full ICU here),
// so Kazakh dates and numbers then come from Intl rather than from our own writing.
import { describe, expect, it } from 'vitest';
import { formatNumber, hasKazakhData } from '@/src/i18n/format';

describe('the Kazakh data probe', () => {
  it('finds Kazakh month names in a runtime that has Kazakh data', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['kk'])).toEqual(['kk']);
    expect(hasKazakhData()).toBe(true);
    expect(formatNumber(20000, 'kk')).toBe(new Intl.NumberFormat('kk').format(20000));
  });
});
