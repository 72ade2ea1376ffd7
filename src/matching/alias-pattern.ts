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
