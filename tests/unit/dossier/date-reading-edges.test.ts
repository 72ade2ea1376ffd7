// The edges of reading the report's relative dates: whole ISO dates only, the full week
// before the report, weekdays in any case, two-digit days in brackets.
import { describe, expect, it } from 'vitest';
import { dateReadingProblem, parseIsoDate } from '@/src/dossier/dates';

const report = '2022-01-07'; // a Friday

describe('ISO dates', () => {
  it.each(['x2022-01-07', '2022-01-07x', 'on 2022-01-07', '2022-01-07T00:00'])(
    'reads "%s" as no date: the whole text must be the date',
    (iso) => {
      expect(parseIsoDate(iso)).toBeUndefined();
    },
  );
});

describe('reading relative dates at the edges', () => {
  it('accepts a weekday exactly a week before the report, and nothing earlier', () => {
    expect(dateReadingProblem('last Friday', '2021-12-31', report)).toBeUndefined();
    expect(dateReadingProblem('last Thursday', '2021-12-30', report)).toMatch(
      /not within the week/,
    );
  });

  it('reads weekday names whatever their case', () => {
    expect(dateReadingProblem('last sunday', '2022-01-02', report)).toBeUndefined();
    expect(dateReadingProblem('on MONDAY', '2022-01-02', report)).toBe(
      '2022-01-02 is not a Monday',
    );
  });

  it('reads a two-digit day of the month in brackets', () => {
    expect(dateReadingProblem('(12)', '2022-01-12', '2022-01-14')).toBeUndefined();
    expect(dateReadingProblem('(13)', '2022-01-12', '2022-01-14')).toBe('2022-01-12 is not day 13');
  });
});
