import type { AliasGroup } from '../dossier/types';
import { isWordCharAt } from './boundaries';
import { SEPARATOR, shapeOf, type Shape } from './alias-pattern';
import { NUKTA_CODE, SEPARATOR_CLASS } from './letter-variants';

/**
 * The full check of one alias group at a position the first pass found: plain code, no
 * RegExp to compile. It takes the longest form of the group that matches there — a spelling
 * with the longest ending that still ends where the script lets a name end — so it goes back
 * from "Kazahsztánbanx" to nothing rather than to "Kazahsztán".
 */

const IS_SEPARATOR = new RegExp(`^${SEPARATOR_CLASS}$`, 'u');

/** The end of `shape` matched at `at` in `text`, or -1. */
function matchShape(text: string, at: number, shape: Shape): number {
  let index = at;
  for (const item of shape) {
    if (item === SEPARATOR) {
      const from = index;
      while (index < text.length && IS_SEPARATOR.test(text[index] ?? '')) index += 1;
      if (index === from) return -1;
      continue;
    }
    const code = text.codePointAt(index);
    if (code === undefined) return -1;
    if (item.codes.has(code)) {
      index += code > 0xffff ? 2 : 1;
      // A nukta written after a consonant that takes one belongs to it.
      if (item.precomposed && text.charCodeAt(index) === NUKTA_CODE) index += 1;
    } else if (item.precomposed && code === item.precomposed.charCodeAt(0)) index += 1;
    else return -1;
  }
  return index;
}

/** A katakana word goes on through katakana, the prolonged-sound mark and combining marks. */
const goesOnInKatakana = (code: number) =>
  (code >= 0x30a1 && code <= 0x30fa) ||
  (code >= 0x30fc && code <= 0x30fe) ||
  code === 0x3099 ||
  code === 0x309a ||
  (code >= 0x0300 && code <= 0x036f);

/** Whether a name of `group` may end at `end`: the script's rule, then its exceptions. */
function endRule(group: AliasGroup): (text: string, end: number) => boolean {
  const refused = group.notBefore ?? [];
  const kept = group.stillBefore ?? [];
  // Chinese and Japanese: a name becomes another word before 人, 族, 語… (not before 人口).
  const becomesAnotherWord = (text: string, end: number) =>
    refused.some((word) => text.startsWith(word, end)) &&
    !kept.some((word) => text.startsWith(word, end));
  const particles = group.particles ?? []; // any that fits will do: their order does not matter
  const scriptEnd = (text: string, end: number): boolean => {
    switch (group.script) {
      case 'Han':
        return true;
      case 'Kana':
        return !goesOnInKatakana(text.charCodeAt(end));
      case 'Hangul':
        // Particles attach to the noun: after one, the word must end.
        return ['', ...particles].some(
          (particle) =>
            text.startsWith(particle, end) && !isWordCharAt(text, end + particle.length),
        );
      default:
        return !isWordCharAt(text, end);
    }
  };
  return (text, end) => scriptEnd(text, end) && !becomesAnotherWord(text, end);
}

/** The check of one group: the end of its longest form matching at `start`, or -1. */
export function groupCheck(group: AliasGroup): (text: string, start: number) => number {
  const suffixes = [
    ...[...(group.suffixes ?? [])]
      .sort((a, b) => b.length - a.length)
      .map((s) => shapeOf(s, group)),
    [],
  ];
  const forms = [
    ...group.spellings.map((spelling) => ({ shape: shapeOf(spelling, group), suffixes })),
    ...(group.inflected ?? []).map((form) => ({ shape: shapeOf(form, group), suffixes: [[]] })),
  ];
  const ends = endRule(group);
  return (text, start) => {
    let best = -1;
    for (const form of forms) {
      const stem = matchShape(text, start, form.shape);
      if (stem < 0) continue;
      for (const suffix of form.suffixes) {
        const end = matchShape(text, stem, suffix);
        if (end >= 0 && ends(text, end)) {
          best = Math.max(best, end);
          break;
        }
      }
    }
    return best;
  };
}
