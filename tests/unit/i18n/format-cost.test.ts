import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoreIntl, watchIntl, type IntlFormatter } from '../../harness/intl-watch';

/** Records the locales every `new Intl[name](…)` is given, building the real thing. */
function watchConstructor(name: IntlFormatter): unknown[] {
  const calls: unknown[] = [];
  watchIntl(name, (args) => calls.push(args[0]));
  return calls;
}

/** A fresh copy of the module, so its caches start empty. */
async function freshFormat() {
  vi.resetModules();
  return import('@/src/i18n/format');
}

describe('formatting cost', () => {
  afterEach(restoreIntl);

  it.each(['en', 'ru'] as const)(
    'never builds a Kazakh formatter for %s (its locale data costs tens of ms)',
    async (language) => {
      const { formatDate, formatNumber } = await freshFormat();
      const dates = watchConstructor('DateTimeFormat');
      formatNumber(20_000, language);
      formatDate('2022-01-07', language, { weekday: true });
      expect(dates).toHaveLength(1);
      expect(dates).not.toContain('kk');
    },
  );

  it('probes for Kazakh data once, when Kazakh is first written', async () => {
    const { formatDate, formatNumber, hasKazakhData } = await freshFormat();
    const dates = watchConstructor('DateTimeFormat');
    formatNumber(20_000, 'kk');
    formatDate('2022-01-07', 'kk');
    formatNumber(1_000, 'kk');
    formatDate('2022-01-08', 'kk');
    // The probe, plus the date formatter itself where Intl knows Kazakh.
    expect(dates).toEqual(hasKazakhData() ? ['kk', 'kk'] : ['kk']);
  });

  it('builds each formatter once however often it writes', async () => {
    const { formatDate, formatNumber } = await freshFormat();
    const numbers = watchConstructor('NumberFormat');
    const dates = watchConstructor('DateTimeFormat');
    for (let i = 0; i < 5; i++) {
      formatNumber(i * 1_000, 'en');
      formatDate('2022-01-07', 'en');
      formatDate('2022-01-07', 'en', { weekday: true });
    }
    expect(numbers).toHaveLength(1);
    expect(dates).toHaveLength(2);
  });

  it('writes the same after caching as a new formatter would', async () => {
    const { formatDate, formatNumber } = await freshFormat();
    expect([formatNumber(1_000, 'en'), formatNumber(2_000, 'en')]).toEqual([
      new Intl.NumberFormat('en').format(1_000),
      new Intl.NumberFormat('en').format(2_000),
    ]);
    expect(formatDate('2022-01-06', 'ru', { weekday: true })).not.toBe(
      formatDate('2022-01-06', 'ru'),
    );
  });
});
