import type { Script } from '../dossier/types';

/**
 * Letters that pages write interchangeably, so an alias matches every one of them. Each class
 * is listed once; every letter in it stands for the whole class.
 */
const SHARED_CLASSES = [
  // Uzbek oʻ and gʻ, and the Hebrew geresh, are typed with whatever apostrophe is at hand.
  "'ʻʼ‘’`´׳",
];
const SCRIPT_CLASSES: Partial<Record<Script, readonly string[]>> = {
  // Headlines in Greek capitals drop the tonos; a final sigma is a sigma.
  Greek: ['άα', 'έε', 'ήη', 'ίιϊΐ', 'όο', 'ύυϋΰ', 'ώω', 'σς'],
  // Alef with or without hamza or madda; final yeh, alef maksura and Persian yeh; Arabic and
  // Persian kaf. Arabic and Persian keyboards and styles mix all of them.
  Arabic: ['اأإآ', 'يىی', 'كک'],
};

/**
 * Turkish and Azerbaijani write ı and i apart, and their capitals I and İ, which Unicode case
 * folding does not relate to each other; foreign names are typed with either. Latin aliases
 * accept all four wherever they have one (one class, so that no two branches of the pattern
 * overlap).
 */
const LATIN_I: Record<string, string> = { i: 'ıiİ', İ: 'ıiİ', ı: 'ıiİ' };

/** Devanagari consonants that take a nukta, with their precomposed nukta letter. */
const NUKTA_BASES: Record<string, string> = {
  क: '\u0958',
  ख: '\u0959',
  ग: '\u095a',
  ज: '\u095b',
  ड: '\u095c',
  ढ: '\u095d',
  फ: '\u095e',
};
const NUKTA = '\u093c';

function classesOf(script: Script): Map<string, string> {
  const map = new Map<string, string>();
  for (const chars of [...SHARED_CLASSES, ...(SCRIPT_CLASSES[script] ?? [])]) {
    for (const char of chars) map.set(char, chars);
  }
  if (script === 'Latin') for (const [char, chars] of Object.entries(LATIN_I)) map.set(char, chars);
  return map;
}

// Outside a class only syntax characters may be escaped under the u flag; inside, "-" too.
const SYNTAX = new Set('.*+?^${}()|[]\\/');
const escapeChar = (char: string) => (SYNTAX.has(char) ? `\\${char}` : char);
const escapeInClass = (char: string) => (char === '-' ? '\\-' : escapeChar(char));

/** Per script: the classes of variants, and the token already made for each letter. */
const SCRIPTS = new Map<Script, { classes: Map<string, string>; tokens: Map<string, string> }>();
function tokenOf(char: string, script: Script): string {
  let cache = SCRIPTS.get(script);
  if (!cache) SCRIPTS.set(script, (cache = { classes: classesOf(script), tokens: new Map() }));
  let token = cache.tokens.get(char);
  if (token === undefined) {
    const variants = cache.classes.get(char);
    token = variants ? `[${[...variants].map(escapeInClass).join('')}]` : escapeChar(char);
    cache.tokens.set(char, token);
  }
  return token;
}

/**
 * The pattern for one word of an alias (no separators), one token per letter: each letter
 * becomes the class of its interchangeable variants, and a Devanagari nukta becomes optional
 * both ways. Letters are lower-cased first, so aliases share tokens whatever their case.
 */
export function wordTokens(word: string, script: Script): string[] {
  const tokens: string[] = [];
  let previous = '';
  for (const original of word.normalize('NFC')) {
    const lower = original.toLowerCase();
    const char = lower.length === original.length ? lower : original;
    // A nukta after a consonant that takes one is already part of that consonant's token.
    if (char === NUKTA && NUKTA_BASES[previous]) continue;
    previous = char;
    const precomposed = script === 'Devanagari' ? NUKTA_BASES[char] : undefined;
    tokens.push(precomposed ? `(?:${char}${NUKTA}?|${precomposed})` : tokenOf(char, script));
  }
  return tokens;
}

/** The same as one pattern source. */
export const wordPattern = (word: string, script: Script): string =>
  wordTokens(word, script).join('');

/**
 * A form reduced to what the pattern distinguishes (case, variant letters, nukta and
 * separators aside), so two forms that would compile to the same pattern compare equal.
 */
export function matchKey(form: string, script: Script): string {
  const map = classesOf(script);
  return [...form.normalize('NFC').toLowerCase()]
    .filter((char) => char !== NUKTA)
    .map((char) => (map.get(char) ?? char)[0] ?? char)
    .join('')
    .replace(SEPARATORS, ' ');
}

/**
 * Characters that separate the words of a name: spaces (including no-break ones), hyphens,
 * the Hebrew maqaf, and the middle dots and equals signs of Chinese and Japanese full names.
 */
export const SEPARATOR_CLASS =
  '[\\s\\u2010-\\u2013\\u2212\\u05be\\u00b7\\u2027\\u30fb\\uff65=\\uff1d\\u30a0-]';
const SEPARATORS = new RegExp(`${SEPARATOR_CLASS}+`, 'gu');
const SPLIT = new RegExp(`${SEPARATOR_CLASS}+`, 'u');

/** The words of an alias, split at its separators. */
export const wordsOf = (form: string): string[] => form.trim().split(SPLIT).filter(Boolean);
