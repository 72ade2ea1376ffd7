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

/** One letter of an alias, as the first pass looks for it and as the check compares it. */
export interface Letter {
  /** Every code point that stands for it, both cases of each variant included. */
  codes: ReadonlySet<number>;
  /** For a Devanagari consonant that takes a nukta: the same letter precomposed with one. */
  precomposed?: string;
  /** The letter as one token of a case-insensitive RegExp. */
  source: string;
}

/** Both cases of `char`, where each is one character. */
function cases(char: string): string[] {
  return [char, char.toLowerCase(), char.toUpperCase()].filter((c) => c.length === char.length);
}

/** Per script: the classes of variants, and the letter already made for each character. */
const SCRIPTS = new Map<Script, { classes: Map<string, string>; letters: Map<string, Letter> }>();
function letterOf(char: string, script: Script): Letter {
  let cache = SCRIPTS.get(script);
  if (!cache) SCRIPTS.set(script, (cache = { classes: classesOf(script), letters: new Map() }));
  let letter = cache.letters.get(char);
  if (!letter) {
    const precomposed = script === 'Devanagari' ? NUKTA_BASES[char] : undefined;
    const variants = cache.classes.get(char);
    const codes = (chars: string[]) => new Set(chars.map((c) => c.codePointAt(0) ?? 0));
    letter = precomposed
      ? { codes: codes([char]), precomposed, source: `(?:${char}${NUKTA}?|${precomposed})` }
      : {
          codes: codes([...(variants ?? char)].flatMap(cases)),
          source: variants ? `[${[...variants].map(escapeInClass).join('')}]` : escapeChar(char),
        };
    cache.letters.set(char, letter);
  }
  return letter;
}

/**
 * The letters of one word of an alias (no separators): each stands for the class of its
 * interchangeable variants, and a Devanagari nukta is optional both ways. Letters are
 * lower-cased first, so aliases share them whatever their case.
 */
export function wordLetters(word: string, script: Script): Letter[] {
  const letters: Letter[] = [];
  let previous = '';
  for (const original of word.normalize('NFC')) {
    const lower = original.toLowerCase();
    const char = lower.length === original.length ? lower : original;
    // A nukta after a consonant that takes one is already part of that consonant's letter.
    if (char === NUKTA && NUKTA_BASES[previous]) continue;
    previous = char;
    letters.push(letterOf(char, script));
  }
  return letters;
}

/** The nukta, as a code unit (optional after a consonant that takes one). */
export const NUKTA_CODE = 0x093c;

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
