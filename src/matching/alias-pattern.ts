import type { AliasGroup, Entity } from '../dossier/types';
import { SEPARATOR_CLASS, wordLetters, wordsOf, type Letter } from './letter-variants';

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

/** Between the words of a name: any run of spaces (no-break too), hyphens, middle dots. */
export const SEPARATOR = 'separator' as const;

/** An alias as a sequence of letters and separators. */
export type Shape = readonly (Letter | typeof SEPARATOR)[];

/** The shape of one form of `group`. */
export function shapeOf(form: string, group: AliasGroup): Shape {
  return wordsOf(form).flatMap((word, i) => [
    ...(i > 0 ? [SEPARATOR] : []),
    ...wordLetters(word, group.script),
  ]);
}

/** How many letters of an alias the first pass looks for: three Chinese, Japanese or Korean
 * characters (each a syllable), five letters of an alphabet. */
const PREFIX: Partial<Record<AliasGroup['script'], number>> = { Han: 3, Kana: 3, Hangul: 3 };

// Hyphens and spaces inside a name vary by outlet ("Kassym-Jomart" / "Kassym Jomart",
// "Alma-Ata" / "Alma Ata"), and pages use no-break or typographic variants of both.
const SEPARATOR_SOURCE = `${SEPARATOR_CLASS}+`;

/**
 * The first letters of each alias of `group` as RegExp tokens, for the first pass: no
 * endings, no end rule. Every mention starts with one of them.
 */
export function groupPrefixes(group: AliasGroup): string[][] {
  const length = PREFIX[group.script] ?? 5;
  return [...group.spellings, ...(group.inflected ?? [])].map((form) =>
    shapeOf(form, group)
      .slice(0, length)
      .map((item) => (item === SEPARATOR ? SEPARATOR_SOURCE : item.source)),
  );
}
