import { describe, expect, it } from 'vitest';
import { MAX_DISABLED_SITES } from '@/src/settings/schema';
import { validateSettings } from '@/src/settings/validate';

/** The problems reported for one stored object. */
const problemsOf = (raw: unknown) => validateSettings(raw).problems;

describe('settings problems say exactly what was wrong', () => {
  it.each<[string, unknown, string]>([
    ['a list for a switch', { enabled: [] }, 'enabled: expected true or false, got an array'],
    [
      'null for a switch',
      { cardNeedsModifier: null },
      'cardNeedsModifier: expected true or false, got null',
    ],
    ['NaN for the delay', { hoverDelayMs: NaN }, 'hoverDelayMs: expected a number of ms, got NaN'],
    [
      'a string for the delay',
      { hoverDelayMs: '300' },
      'hoverDelayMs: expected a number of ms, got string',
    ],
    [
      'an unknown style',
      { highlightStyle: 'blink' },
      'highlightStyle: expected one of background, underline, both',
    ],
  ])('%s', (_case, raw, problem) => {
    expect(problemsOf(raw)).toEqual([`${problem}; using the default`]);
  });

  it('rounds -0.4 ms to a plain 0', () => {
    const { hoverDelayMs } = validateSettings({ hoverDelayMs: -0.4 }).settings;
    expect(Object.is(hoverDelayMs, 0)).toBe(true);
  });

  it.each([
    [MAX_DISABLED_SITES - 1, []],
    [MAX_DISABLED_SITES, []],
    [
      MAX_DISABLED_SITES + 1,
      [`disabledSites: kept the first ${MAX_DISABLED_SITES} of ${MAX_DISABLED_SITES + 1} entries`],
    ],
  ])('a site list of %i entries: %j', (length, problems) => {
    const sites = Array.from({ length }, (_, i) => `site${i}.example`);
    const result = validateSettings({ disabledSites: sites });
    expect(result.problems).toEqual(problems);
    expect(result.settings.disabledSites).toHaveLength(Math.min(length, MAX_DISABLED_SITES));
  });

  it.each<[string[], string]>([
    [['a'], 'ignored unknown keys: "a"'],
    [['a', 'b', 'c', 'd', 'e'], 'ignored unknown keys: "a", "b", "c", "d", "e"'],
    [
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      'ignored unknown keys: "a", "b", "c", "d", "e" and 2 more',
    ],
    [['k'.repeat(60)], `ignored unknown keys: "${'k'.repeat(40)}"`],
  ])('names at most five unknown keys, each cut to 40 characters: %j', (keys, problem) => {
    expect(problemsOf(Object.fromEntries(keys.map((key) => [key, 1])))).toEqual([problem]);
  });
});
