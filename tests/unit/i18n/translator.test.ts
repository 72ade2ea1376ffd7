import { afterEach, describe, expect, it, vi } from 'vitest';
import { popupWords } from '@/src/popup/popup-messages';
import { formatDate, formatNumber, hasKazakhData } from '@/src/i18n/format';
import { kazakhAblative } from '@/src/i18n/kazakh-ablative';
import { resolveLanguage } from '@/src/i18n/languages';

const nb = (text: string) => text.replace(/(\d) (?=\d)/g, '$1\u00a0');

describe('plurals by Intl.PluralRules', () => {
  it.each([
    ['ru', 1, '1 упоминание'],
    ['ru', 2, '2 упоминания'],
    ['ru', 5, '5 упоминаний'],
    ['ru', 11, '11 упоминаний'],
    ['ru', 21, '21 упоминание'],
    ['ru', 24, '24 упоминания'],
    ['ru', 1204, nb('1 204 упоминания')],
    ['kk', 1, '1 рет аталған'],
    ['kk', 5, '5 рет аталған'],
    ['en', 1, '1 mention'],
    ['en', 1204, '1,204 mentions'],
  ] as const)('in %s, %d reads "%s"', (lang, count, text) => {
    expect(popupWords(lang).plural('popup.mentionCount', count)).toBe(text);
  });
});

describe('numbers and dates in the UI language', () => {
  it.each([
    ['en', 20000, '20,000'],
    ['ru', 20000, nb('20 000')],
    ['kk', 20000, nb('20 000')],
    ['kk', 748, '748'],
  ] as const)('in %s, %d is "%s"', (lang, value, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });

  it.each([
    ['en', {}, '7 January 2022'],
    ['ru', {}, '7 января 2022 г.'],
    ['kk', {}, '2022 ж. 7 қаңтар'],
    ['en', { weekday: true }, 'Friday, 7 January 2022'],
    ['ru', { weekday: true }, 'пятница, 7 января 2022 г.'],
    ['kk', { weekday: true }, '2022 ж. 7 қаңтар, жұма'],
  ] as const)('in %s, 2022-01-07 %j is "%s"', (lang, options, text) => {
    expect(formatDate('2022-01-07', lang, options)).toBe(text);
  });

  // Chromium as Debian builds it has no Kazakh data: the fallback must write what CLDR does.
  it.each([
    ['2022-01-07', {}],
    ['2022-01-02', { weekday: true }],
    ['2021-12-31', { weekday: true }],
  ] as const)('writes Kazakh %s %j without Intl data as Intl does with it', (iso, options) => {
    expect(hasKazakhData()).toBe(true);
    expect(formatDate(iso, 'kk', options, false)).toBe(formatDate(iso, 'kk', options, true));
  });

  it.each([1000, 2300, 1234567, 20000.5, 0, -1234567, -0.5, 1234.25])(
    'writes Kazakh %d without Intl data as Intl does',
    (value) => {
      expect(formatNumber(value, 'kk', false)).toBe(formatNumber(value, 'kk', true));
    },
  );
});

describe('writing numbers and dates for any language', () => {
  it.each([
    ['en', '20,000'],
    ['ru', nb('20 000')],
  ] as const)('writes %s with Intl, whatever Intl knows of Kazakh: %s', (lang, text) => {
    expect(formatNumber(20000, lang, false)).toBe(text);
  });

  it.each(['2022-02-30', '2022-1-7', 'soon'])('writes %j, no real date, as it is', (iso) => {
    expect(formatDate(iso, 'en')).toBe(iso);
    expect(formatDate(iso, 'kk', {}, false)).toBe(iso);
  });
});

describe('a browser whose Intl has no Kazakh data', () => {
  const original = Intl.DateTimeFormat;
  const originalNumbers = Intl.NumberFormat;
  afterEach(() => {
    Object.defineProperty(Intl, 'DateTimeFormat', { value: original, writable: true });
    Object.defineProperty(Intl, 'NumberFormat', { value: originalNumbers, writable: true });
  });

  it('is told apart, and Kazakh is still written as CLDR writes it', async () => {
    // Chromium as Debian builds it: Kazakh formatted with the root locale.
    const rootOnly = function (locale: string, options: Intl.DateTimeFormatOptions) {
      return new original(locale === 'kk' ? 'und' : locale, options);
    } as unknown as typeof Intl.DateTimeFormat;
    const rootNumbers = function (locale: string, options: Intl.NumberFormatOptions) {
      return new originalNumbers(locale === 'kk' ? 'und' : locale, options);
    } as unknown as typeof Intl.NumberFormat;
    Object.defineProperty(Intl, 'DateTimeFormat', { value: rootOnly, writable: true });
    Object.defineProperty(Intl, 'NumberFormat', { value: rootNumbers, writable: true });
    expect(new Intl.NumberFormat('kk').format(20000)).toBe('20,000');
    vi.resetModules();
    const fresh = await import('@/src/i18n/format');
    expect(fresh.hasKazakhData()).toBe(false);
    expect(fresh.formatDate('2022-01-07', 'kk', { weekday: true })).toBe('2022 ж. 7 қаңтар, жұма');
    expect(fresh.formatNumber(20000, 'kk')).toBe(nb('20 000'));
  });
});

describe('the Kazakh ablative after a number', () => {
  it.each([
    [1000, 'нан'],
    [2300, 'ден'],
    [748, 'ден'],
    [20, 'дан'],
    [40, 'тан'],
    [6, 'дан'],
    [3, 'тен'],
    [1, 'ден'],
  ])('%d takes -%s', (value, ending) => {
    expect(kazakhAblative(value)).toBe(ending);
  });
});

describe('the language shown', () => {
  it.each([
    ['auto', 'ru-RU', 'ru'],
    ['auto', 'kk', 'kk'],
    ['auto', 'kk_KZ', 'kk'],
    ['auto', 'de-DE', 'en'],
    ['auto', '', 'en'],
    ['kk', 'ru', 'kk'],
    ['en', 'ru', 'en'],
  ] as const)('setting %s in a %j browser shows %s', (setting, browser, shown) => {
    expect(resolveLanguage(setting, browser)).toBe(shown);
  });
});
