import { isWordCharBefore } from './boundaries';

/**
 * Where a name may start, by script: after a word boundary, or after the prefixes the script
 * attaches. (Where it may end is part of each alias group's check, alias-check.ts.)
 */

const inRange = (code: number, from: number, to: number) => code >= from && code <= to;
const isArabicLetter = (code: number) =>
  inRange(code, 0x0620, 0x064a) ||
  inRange(code, 0x066e, 0x06d3) ||
  code === 0x06d5 ||
  inRange(code, 0x06fa, 0x06ff);
const isHebrewLetter = (code: number) => inRange(code, 0x05d0, 0x05f2);
const isHangul = (code: number) =>
  inRange(code, 0xac00, 0xd7a3) || inRange(code, 0x1100, 0x11ff) || inRange(code, 0x3130, 0x318f);
const isKatakana = (code: number) => inRange(code, 0x30a1, 0x30fa) || inRange(code, 0x30fc, 0x30fe);
const isHan = (code: number) => inRange(code, 0x3400, 0x9fff) || inRange(code, 0xf900, 0xfaff);

/**
 * Arabic writes و and ف (and, so), ب ل ك (in, for, like) and the article ال onto the next
 * word: "وكازاخستان", "بالماتي", "للرئيس". Persian rarely does, and the same rule does no harm.
 */
const ARABIC_PREFIX = /^(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)$/u;
/** Hebrew writes ו ה ב ל מ ש כ onto the next word, up to four of them: "וכשבקזחסטן". */
const HEBREW_PREFIX = /^[ובהלמשכ]{0,4}$/u;
/** Korean prefixes seen before a country name: 주 (stationed in) and 대 (towards). */
const HANGUL_PREFIX = /^[주대]?$/u;

/** The letters of `isLetter` right before `index`, or null when there are more than `max`. */
function prefixRun(text: string, index: number, isLetter: (code: number) => boolean, max: number) {
  let start = index;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) {
    start -= 1;
    if (index - start > max) return null;
  }
  return isWordCharBefore(text, start) ? null : text.slice(start, index);
}

/**
 * Whether a name may start at `index`: after a word boundary, or after the prefixes its
 * script attaches (which stay outside the mention). Chinese has no word boundaries at all.
 */
export function startAllowed(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x0590) return !isWordCharBefore(text, index);
  const check = (isLetter: (c: number) => boolean, prefix: RegExp, max: number) => {
    const run = prefixRun(text, index, isLetter, max);
    return run !== null && prefix.test(run);
  };
  if (isArabicLetter(code)) return check(isArabicLetter, ARABIC_PREFIX, 4);
  if (isHebrewLetter(code)) return check(isHebrewLetter, HEBREW_PREFIX, 4);
  if (isHangul(code)) return check(isHangul, HANGUL_PREFIX, 1);
  if (isKatakana(code)) return !isKatakana(text.charCodeAt(index - 1));
  if (isHan(code)) return true;
  return !isWordCharBefore(text, index);
}
