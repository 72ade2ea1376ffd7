import { describe, expect, it } from 'vitest';
import { dateReadingProblem, formatDate, parseIsoDate } from '@/src/dossier/dates';

describe('calendar dates', () => {
  it.each([
    ['2022-01-02', 'Sunday, 2 January 2022'],
    ['2022-01-06', 'Thursday, 6 January 2022'],
    ['2022-01-07', 'Friday, 7 January 2022'],
    ['2024-02-29', 'Thursday, 29 February 2024'],
    ['2022-02-31', '2022-02-31'],
    ['7 January 2022', '7 January 2022'],
  ])('writes %s as "%s"', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it.each(['2022-13-01', '2022-02-29', '22-01-07', ''])('rejects "%s" as no date', (iso) => {
    expect(parseIsoDate(iso)).toBeUndefined();
  });
});

describe('reading a relative date against the report’s date (7 January 2022)', () => {
  const report = '2022-01-07';

  it.each([
    ['today', '2022-01-07'],
    ['yesterday', '2022-01-06'],
    ['Thursday', '2022-01-06'],
    ['last Sunday (2)', '2022-01-02'],
  ])('accepts "%s" as %s', (words, iso) => {
    expect(dateReadingProblem(words, iso, report)).toBeUndefined();
  });

  it.each([
    ['today', '2022-01-06', 'report’s date'],
    ['yesterday', '2022-01-05', 'day before'],
    ['Thursday', '2022-01-05', 'not a Thursday'],
    ['last Sunday (2)', '2022-01-03', 'not a Sunday'],
    ['last Sunday (3)', '2022-01-02', 'not day 3'],
    ['last Sunday (2)', '2021-12-26', 'not within the week'],
    ['next Sunday', '2022-01-09', 'not within the week'],
    ['recently', '2022-01-05', 'gives no date'],
    ['today', '2022-02-30', 'is not a date'],
  ])('rejects "%s" as %s (%s)', (words, iso, problem) => {
    expect(dateReadingProblem(words, iso, report)).toContain(problem);
  });
});
