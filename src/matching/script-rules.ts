import type { AliasGroup, Script } from '../dossier/types';
import { isWordCharBefore } from './boundaries';
import { wordPattern } from './letter-variants';

/**
 * Where a name may start and end, by script. Ends are checked inside the pattern (a
 * lookahead, so the pattern backtracks to a shorter alias or ending); starts are checked in
 * code at each hit, since a lookbehind would run at every position of the text.
 */

/** Not followed by a letter, digit or combining mark: a whole word. */
const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';
/** Katakana letters, the prolonged-sound mark or a combining mark: the katakana word goes on. */
const KATAKANA_END = '(?![\\u30a1-\\u30fa\\u30fc-\\u30fe\\p{M}])';

const alternation = (words: readonly string[], group: AliasGroup) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => wordPattern(word, group.script))
    .join('|');

/** `(?!…)` refusing what `notBefore` lists unless it starts one of the `stillBefore` words. */
function notBeforeRule(group: AliasGroup): string {
  if (!group.notBefore?.length) return '';
  const refused = `(?:${alternation(group.notBefore, group)})`;
  if (!group.stillBefore?.length) return `(?!${refused})`;
  return `(?!(?!${alternation(group.stillBefore, group)})${refused})`;
}

/** The lookahead that ends every alias of `group`. */
export function endRule(group: AliasGroup): string {
  switch (group.script) {
    case 'Han':
      // No spaces: a name ends anywhere, except where it becomes a demonym or a people.
      return notBeforeRule(group);
    case 'Kana':
      return KATAKANA_END + notBeforeRule(group);
    case 'Hangul': {
      // Particles attach to the noun: the name may be followed by one, then the word ends.
      const particles = group.particles?.length
        ? `(?:${alternation(group.particles, group)})?`
        : '';
      return `(?=${particles}${WORD_END})` + notBeforeRule(group);
    }
    default:
      return WORD_END + notBeforeRule(group);
  }
}

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

/** The script of the letter at `index`, as far as the aliases' scripts go. */
export function scriptAt(text: string, index: number): Script | undefined {
  const code = text.charCodeAt(index);
  if (code < 0x0370 || inRange(code, 0x1e00, 0x1eff)) return 'Latin';
  if (code < 0x0400 || inRange(code, 0x1f00, 0x1fff)) return 'Greek';
  if (code < 0x0530) return 'Cyrillic';
  if (isHebrewLetter(code)) return 'Hebrew';
  if (inRange(code, 0x0600, 0x06ff)) return 'Arabic';
  if (inRange(code, 0x0900, 0x097f)) return 'Devanagari';
  if (isHangul(code)) return 'Hangul';
  if (inRange(code, 0x30a0, 0x30ff)) return 'Kana';
  if (isHan(code)) return 'Han';
  return undefined;
}

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
