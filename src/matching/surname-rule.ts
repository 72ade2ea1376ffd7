import type { SurnameContext } from '../dossier/types';

/**
 * "Timur Tokayev" is not the President. A surname written alone does not count when the word
 * right before it (one space away) is written like a given name — a capital letter, then
 * lower-case letters — unless that word is one of the person's own names, a listed title
 * ("President", "Präsident", "Президент"), a form of another known name ("Президент
 * Казахстана Токаев"), or the first word of a sentence ("Yesterday Tokayev said"). Scripts
 * without capitals are left alone: the rule cannot tell a name there.
 */

const LETTER = /[\p{L}\p{M}'ʻʼ‘’]/u;
const APOSTROPHES = /['ʻʼ‘’]/gu;
/** What ends a sentence or opens a quotation, a heading or a list item. */
const SENTENCE_BREAK = /[.!?…:;"“”„«»‹›()[\]{}\u2013\u2014•|*#>]/u;

const key = (word: string) => word.normalize('NFC').toLowerCase().replace(APOSTROPHES, '');
/** A capital: upper case, or title case (the ǅ of Croatian "ǅemal"). */
const isUpper = (char: string) => char !== char.toLowerCase();
const isLower = (char: string) => char !== char.toUpperCase();

/** A capital letter, then letters that are lower case or have no case ("Timur", "O’Neil"). */
function looksLikeName(word: string): boolean {
  const chars = [...word];
  if (chars.length < 2 || !isUpper(chars[0] ?? '')) return false;
  return chars.slice(1).some(isLower) && !chars.slice(1).some(isUpper);
}

/** Whether the word starting at `index` opens a sentence (or the text). */
function opensSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /\s/u.test(text[at] ?? '')) {
    if (text[at] === '\n') return true;
    at -= 1;
  }
  return at < 0 || SENTENCE_BREAK.test(text[at] ?? '');
}

/**
 * The check for one person: `isOtherPerson(text, start, name)` on a surname match.
 * `isName(text, at)` tells whether another known name starts at `at`.
 */
export function surnameRule(
  context: SurnameContext,
  isName: (text: string, at: number) => boolean,
) {
  const allowed = new Set([...context.ownNames, ...context.titles].map(key));
  const endings = context.titleEndings.map(key);
  return function isOtherPerson(text: string, start: number, name: string): boolean {
    // Full names, and scripts without case, are not surnames alone.
    if (!/^[\p{L}\p{M}]+$/u.test(name) || !isUpper(name[0] ?? '') || start < 3) return false;
    if (!/[ \u00a0]/u.test(text[start - 1] ?? '')) return false;
    let from = start - 1;
    while (from > 0 && LETTER.test(text[from - 1] ?? '')) from -= 1;
    const word = text.slice(from, start - 1);
    if (!looksLikeName(word) || opensSentence(text, from)) return false;
    const wordKey = key(word);
    if (allowed.has(wordKey) || endings.some((ending) => wordKey.endsWith(ending))) return false;
    return !isName(text, from);
  };
}
