import { describe, expect, it } from 'vitest';
import { parseDelay } from '../../../src/options/parse-delay';
import { HOVER_DELAY_RANGE } from '../../../src/settings/schema';

describe('parseDelay', () => {
  it.each([
    ['300', 300],
    [' 450 ', 450],
    ['0', 0],
    [String(HOVER_DELAY_RANGE.max), HOVER_DELAY_RANGE.max],
    ['325', 325],
    ['', null],
    ['abc', null],
    ['-50', null],
    ['12.5', null],
    ['1e3', null],
    ['0x10', null],
    [String(HOVER_DELAY_RANGE.max + 1), null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDelay(text)).toBe(expected);
  });
});
