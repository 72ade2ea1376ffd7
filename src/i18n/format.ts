import { parseIsoDate } from '../dossier/dates';
import { LOCALE_TAGS, type UiLanguage } from './languages';

/**
 * Kazakh as CLDR writes it, for browsers whose ICU data leaves Kazakh out: Chromium as Debian
 * builds it formats `kk` with the root locale ("2022 M01 7", "20,000"). Checked against
 * Node's full ICU in tests/unit/i18n/translator.test.ts.
 */
export const KAZAKH_CLDR = {
  months: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
  /** Sunday first, as `Date#getUTCDay`. */
  weekdays: 'жексенбі дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі',
  /** Groups of three digits, a no-break space between. */
  group: '\u00a0',
} as const;

const JANUARY = Date.UTC(2022, 0, 15);

let intlKnowsKazakh: boolean | undefined;

/**
 * Whether this browser's `Intl` has Kazakh data: it writes 15 January "15 қаңтар" (a month on
 * its own is capitalised, "Қаңтар", so the test formats it with its day).
 */
export function hasKazakhData(): boolean {
  intlKnowsKazakh ??= new Intl.DateTimeFormat('kk', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
    .format(JANUARY)
    .includes('қаңтар');
  return intlKnowsKazakh;
}

/**
 * Whether to write Kazakh ourselves. The probe runs for Kazakh only: building a Kazakh
 * formatter loads its locale data, tens of milliseconds that no other language should pay.
 */
const useFallback = (language: UiLanguage, intl: boolean | undefined) =>
  language === 'kk' && !(intl ?? hasKazakhData());

/** Formatters are costly to build and immutable once built: one per language and shape. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}

/** A whole or decimal number as the language writes it: "20,000", "20 000" (no-break space). */
export function formatNumber(value: number, language: UiLanguage, intl?: boolean): string {
  if (!useFallback(language, intl))
    return formatter(`n ${language}`, () => new Intl.NumberFormat(LOCALE_TAGS[language])).format(
      value,
    );
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, KAZAKH_CLDR.group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * A calendar date (ISO 8601, read in UTC so no time zone shifts it) as the language writes it:
 * "7 January 2022", "7 января 2022 г.", "2022 ж. 7 қаңтар"; with `weekday`, "Friday, 7 January
 * 2022", "пятница, 7 января 2022 г.", "2022 ж. 7 қаңтар, жұма". The ISO text itself if it is
 * not a real date.
 */
export function formatDate(
  iso: string,
  language: UiLanguage,
  options: { weekday?: boolean } = {},
  intl?: boolean,
): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  if (useFallback(language, intl)) {
    const month = KAZAKH_CLDR.months.split(' ')[date.getUTCMonth()];
    const day = `${date.getUTCFullYear()} ж. ${date.getUTCDate()} ${month}`;
    return options.weekday ? `${day}, ${KAZAKH_CLDR.weekdays.split(' ')[date.getUTCDay()]}` : day;
  }
  const weekday = Boolean(options.weekday);
  return formatter(
    `d ${language} ${weekday}`,
    () =>
      new Intl.DateTimeFormat(LOCALE_TAGS[language], {
        ...(weekday ? { weekday: 'long' } : {}),
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(date);
}
