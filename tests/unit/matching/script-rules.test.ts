import { describe, expect, it } from 'vitest';
import { startAllowed } from '@/src/matching/script-rules';

const ch = (code: number) => String.fromCharCode(code);
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Each script's letter ranges at their first and last code point, and just outside them: a
 * name starting with a letter of the script may follow the script's prefix; a character just
 * outside the range is not taken for one, so it keeps the plain word-boundary rule.
 */
const RANGES: [string, string, number[], number[]][] = [
  [
    'Arabic',
    'و',
    [0x0620, 0x064a, 0x066e, 0x06d3, 0x06d5, 0x06fa, 0x06ff],
    [0x064b, 0x066d, 0x06d4, 0x06d6, 0x06f9],
  ],
  ['Hebrew', 'ו', [0x05d0, 0x05f2], [0x05f3]],
  [
    'Hangul',
    '주',
    [0xac00, 0xd7a3, 0x1100, 0x11ff, 0x3131, 0x318e],
    [0xabff, 0xd7b0, 0x10ff, 0x1200, 0x3190],
  ],
];

describe('startAllowed: letter ranges', () => {
  it.each(
    RANGES.flatMap(([script, prefix, inside]) =>
      inside.map((code) => [script, hex(code), prefix, code] as const),
    ),
  )('lets a %s name starting with %s follow the prefix %s', (_script, _hex, prefix, code) => {
    expect(startAllowed(`${prefix}${ch(code)}`, prefix.length)).toBe(true);
  });

  it.each(
    RANGES.flatMap(([script, prefix, , outside]) =>
      outside.map((code) => [hex(code), script, prefix, code] as const),
    ),
  )('takes %s, just outside %s, for no letter of it after %s', (_hex, _script, prefix, code) => {
    expect(startAllowed(`${prefix}${ch(code)}`, prefix.length)).toBe(false);
  });

  it.each([0x30a1, 0x30fa, 0x30fc, 0x30fe].map((code) => [hex(code), code] as const))(
    'starts a Japanese name at %s after hiragana, not after katakana',
    (_hex, code) => {
      expect(startAllowed(`の${ch(code)}`, 1)).toBe(true);
      expect(startAllowed(`カ${ch(code)}`, 1)).toBe(false);
    },
  );

  it.each([
    [hex(0x30a0), 'the double hyphen', 0x30a0],
    [hex(0x30fb), 'the middle dot', 0x30fb],
    [hex(0x30ff), 'the digraph koto', 0x30ff],
  ])('takes %s (%s) for no katakana letter: a name after it may start', (_hex, _what, code) => {
    expect(startAllowed(`${ch(code)}カザフスタン`, 1)).toBe(true);
  });

  it.each([0x3400, 0x9fff, 0xf900, 0xfaff].map((code) => [hex(code), code] as const))(
    'starts a Chinese name at %s anywhere, even after a letter',
    (_hex, code) => {
      expect(startAllowed(`x${ch(code)}`, 1)).toBe(true);
    },
  );

  it.each([0x33ff, 0xa000, 0xf8ff, 0xfb00].map((code) => [hex(code), code] as const))(
    'takes %s, just outside the Han ranges, for no Chinese letter',
    (_hex, code) => {
      expect(startAllowed(`x${ch(code)}`, 1)).toBe(false);
    },
  );
});

describe('startAllowed: prefixes and boundaries', () => {
  it.each([
    ['Almaty', 0, true, 'the start of the text'],
    [' Almaty', 1, true, 'a space'],
    ['xAlmaty', 1, false, 'a Latin letter'],
    ['«Алматы', 1, true, 'a guillemet'],
    ['бАлматы', 1, false, 'a Cyrillic letter'],
    ['كازاخستان', 0, true, 'an Arabic name at the start'],
    ['وكازاخستان', 1, true, 'Arabic "and"'],
    ['فبالماتي', 4, true, 'Arabic "so in the", four letters'],
    ['بالماتي', 3, true, 'Arabic "in the"'],
    ['للرئيس', 2, true, 'Arabic "for the"'],
    ['سكازاخستان', 1, false, 'an Arabic letter that is no prefix'],
    ['وفبالماتي', 5, false, 'five Arabic letters before it'],
    ['x وكازاخستان', 3, true, 'an Arabic prefix after a space'],
    ['xوكازاخستان', 2, false, 'an Arabic prefix written onto a Latin word'],
    ['וכשבקזחסטן', 4, true, 'four Hebrew prefixes'],
    ['קזחסטן', 0, true, 'a Hebrew name at the start'],
    ['וכשבהקזחסטן', 5, false, 'five Hebrew letters before it'],
    ['אקזחסטן', 1, false, 'a Hebrew letter that is no prefix'],
    ['주카자흐스탄', 1, true, 'Korean "stationed in"'],
    ['대카자흐스탄', 1, true, 'Korean "towards"'],
    ['한카자흐스탄', 1, false, 'a Korean syllable that is no prefix'],
    ['대주카자흐스탄', 2, false, 'two Korean syllables before it'],
  ])('%j at %i: %s (after %s)', (text, index, expected) => {
    expect(startAllowed(text, index)).toBe(expected);
  });
});
