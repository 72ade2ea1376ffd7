/** Calendar arithmetic on ISO 8601 dates (`2022-01-07`), in UTC so no time zone shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** English weekday names, Sunday first (as `Date#getUTCDay`). */
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The UTC day an ISO date names, or undefined when it is not a real date. */
export function parseIsoDate(iso: string): Date | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March: a rolled date was not a real one.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** "Sunday, 2 January 2022"; the ISO text itself if it is not a real date. */
export function formatDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const weekday = WEEKDAYS[date.getUTCDay()];
  const month = MONTHS[date.getUTCMonth()];
  return `${weekday}, ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/**
 * Why reading `words` (the report's, e.g. "last Sunday (2)") as `iso` does not hold against
 * the report's date, or undefined when it does. Every cue in the words must agree: "today" is
 * the report's date, "yesterday" the day before, a weekday is that weekday within the week
 * before, a day of the month in brackets is that day. Words without any cue cannot be read.
 */
export function dateReadingProblem(
  words: string,
  iso: string,
  reportIso: string,
): string | undefined {
  const date = parseIsoDate(iso);
  const report = parseIsoDate(reportIso);
  if (!date || !report) return `"${iso}" is not a date`;
  const back = daysBetween(date, report);
  if (back < 0 || back > 7) return `${iso} is not within the week up to the report's date`;
  const cues: string[] = [];
  if (/\btoday\b/i.test(words)) cues.push(back === 0 ? '' : '"today" is the report’s date');
  if (/\byesterday\b/i.test(words)) cues.push(back === 1 ? '' : '"yesterday" is the day before');
  const weekday = WEEKDAYS.find((name) => new RegExp(`\\b${name}\\b`, 'i').test(words));
  if (weekday) {
    const right = WEEKDAYS[date.getUTCDay()] === weekday;
    cues.push(right ? '' : `${iso} is not a ${weekday}`);
  }
  const day = /\((\d{1,2})\)/.exec(words)?.[1];
  if (day) cues.push(Number(day) === date.getUTCDate() ? '' : `${iso} is not day ${day}`);
  if (cues.length === 0) return `"${words}" gives no date to read`;
  return cues.find((problem) => problem !== '') || undefined;
}
