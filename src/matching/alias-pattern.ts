import type { AliasGroup, Entity } from '../dossier/types';
import { SEPARATOR_CLASS, wordPattern, wordTokens, wordsOf } from './letter-variants';
import { endRule } from './script-rules';

/** Every written form of an entity: spellings, spellings with each ending, inflected forms. */
export function formsOf(entity: Entity): string[] {
  return entity.aliases.flatMap(formsOfGroup);
}

/** Every written form of one alias group. */
export function formsOfGroup(group: AliasGroup): string[] {
  const endings = ['', ...(group.suffixes ?? [])];
  return [
    ...group.spellings.flatMap((spelling) => endings.map((ending) => spelling + ending)),
    ...(group.inflected ?? []),
  ];
}

// Hyphens and spaces inside a name vary by outlet ("Kassym-Jomart" / "Kassym Jomart",
// "Alma-Ata" / "Alma Ata"), and pages use no-break or typographic variants of both.
const SEPARATOR = `${SEPARATOR_CLASS}+`;

/**
 * One alias as the pattern sees it: the tokens of its letters and separators (shared with
 * other aliases wherever they start alike), then a tail of optional endings and the script's
 * end rule.
 */
export interface Alternative {
  tokens: string[];
  /** Optional endings written onto the alias ("-ban", "-da"), or nothing. */
  tail: string;
  /** The lookahead that ends the alias; aliases sharing one share a single copy of it. */
  end: string;
}

const formTokens = (form: string, group: AliasGroup) =>
  wordsOf(form).flatMap((word, i) => [
    ...(i > 0 ? [SEPARATOR] : []),
    ...wordTokens(word, group.script),
  ]);

/**
 * The alternatives of one alias group: each spelling with its optional endings (longest
 * first, so "Kazahsztánban" is tried before "Kazahsztán"), and each inflected form.
 */
export function groupAlternatives(group: AliasGroup): Alternative[] {
  const end = endRule(group);
  const suffixes = [...(group.suffixes ?? [])].sort((a, b) => b.length - a.length);
  const endings = suffixes.length
    ? `(?:${suffixes.map((suffix) => wordPattern(suffix, group.script)).join('|')})?`
    : '';
  return [
    ...group.spellings.map((spelling) => ({
      tokens: formTokens(spelling, group),
      tail: endings,
      end,
    })),
    ...(group.inflected ?? []).map((form) => ({ tokens: formTokens(form, group), tail: '', end })),
  ];
}

/** How many letters of an alias the first pass looks for: three Chinese, Japanese or Korean
 * characters (each a syllable), five letters of an alphabet. */
const PREFIX: Partial<Record<AliasGroup['script'], number>> = { Han: 3, Kana: 3, Hangul: 3 };

/**
 * The first letters of each alias of `group`, as the cheap first pass of the matcher looks
 * for them: no endings, no end rule. Every mention starts with one of them.
 */
export function groupPrefixes(group: AliasGroup): Alternative[] {
  const length = PREFIX[group.script] ?? 5;
  // Only the start of each form is read: a few more code points than tokens, for a nukta.
  return [...group.spellings, ...(group.inflected ?? [])].map((form) => ({
    tokens: formTokens([...form].slice(0, length + 2).join(''), group).slice(0, length),
    tail: '',
    end: '',
  }));
}
