import { describe, expect, it } from 'vitest';
import { isWordCharAt, isWordCharBefore } from '@/src/matching/boundaries';

// Each ASCII range's first and last member and its neighbours, where an off-by-one would show.
const ASCII_CASES: [string, boolean][] = [
  ['/', false],
  ['0', true],
  ['9', true],
  [':', false],
  ['@', false],
  ['A', true],
  ['Z', true],
  ['[', false],
  ['_', false],
  ['`', false],
  ['a', true],
  ['z', true],
  ['{', false],
  ['\u007f', false],
  [' ', false],
  ['-', false],
  ['\u0000', false],
];

const OTHER_CASES: [string, string, boolean][] = [
  ['é', 'a Latin letter with an accent', true],
  ['Ж', 'a Cyrillic letter', true],
  ['қ', 'a Kazakh letter', true],
  ['٣', 'an Arabic-Indic digit', true],
  ['\u0301', 'a combining accent', true],
  ['阿', 'a Chinese character', true],
  ['\u00a0', 'a no-break space', false],
  ['·', 'a middle dot', false],
  ['«', 'a guillemet', false],
  ['\u0080', 'the first code point past ASCII, a control', false],
  ['𝐀', 'a letter outside the BMP', true],
  ['𠮷', 'a Chinese character outside the BMP', true],
  ['😀', 'an emoji', false],
  ['ｱ', 'a half-width katakana letter, past the surrogates', true],
];

describe('word characters', () => {
  it.each(ASCII_CASES)('takes ASCII %j for a word character: %s', (char, expected) => {
    expect(isWordCharAt(`${char}x`, 0)).toBe(expected);
    expect(isWordCharBefore(`x${char}`, 2)).toBe(expected);
  });

  it.each(OTHER_CASES)('takes %s (%s) for a word character: %s', (char, _what, expected) => {
    expect(isWordCharAt(`${char}.`, 0)).toBe(expected);
    expect(isWordCharBefore(`.${char}`, 1 + char.length)).toBe(expected);
    // The first code point of a text, whole even when it is a surrogate pair.
    expect(isWordCharBefore(char, char.length)).toBe(expected);
  });
});

describe('the ends of a text', () => {
  it.each([
    ['Almaty', 0, false, 'nothing before the start'],
    ['Almaty', 1, true, 'the first letter'],
    ['Almaty', 6, true, 'the last letter'],
    ['', 0, false, 'an empty text'],
  ])('isWordCharBefore(%j, %i) is %s (%s)', (text, index, expected) => {
    expect(isWordCharBefore(text, index)).toBe(expected);
  });

  it.each([
    ['Almaty', 0, true, 'the first letter'],
    ['Almaty', 5, true, 'the last letter'],
    ['Almaty', 6, false, 'nothing after the end'],
    ['Almaty', 7, false, 'past the end'],
    ['', 0, false, 'an empty text'],
  ])('isWordCharAt(%j, %i) is %s (%s)', (text, index, expected) => {
    expect(isWordCharAt(text, index)).toBe(expected);
  });

  it.each([
    ['\udc00Almaty', 1, 'a lone low surrogate'],
    ['\ud835Almaty', 1, 'a lone high surrogate'],
  ])('takes %j before index %i for no word character (%s)', (text, index) => {
    expect(isWordCharBefore(text, index)).toBe(false);
  });
});
