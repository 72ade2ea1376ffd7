import { formsOfGroup } from '../matching/alias-pattern';
import { matchKey, wordsOf } from '../matching/letter-variants';
import type { AliasGroup, Entity, Script } from './types';

/** One written form of an alias (a spelling, with an ending, or inflected) and where it is declared. */
interface AliasForm {
  form: string;
  key: string;
  script: Script;
  entity: string;
  group: string;
}

/** Scripts without spaces between words, or with syllable blocks: shorter forms are specific. */
const DENSE: readonly Script[] = ['Han', 'Kana', 'Hangul'];
/** Shorter forms are too likely to be a common word or an abbreviation of something else. */
const minLength = (script: Script) => (DENSE.includes(script) ? 3 : 4);

/** The Unicode script of each `Script`; punctuation, digits and combining marks are shared. */
const LETTERS: Record<Script, RegExp> = {
  Latin: /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Cyrillic: /^[\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Greek: /^[\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Arabic: /^[\p{Script=Arabic}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Hebrew: /^[\p{Script=Hebrew}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Devanagari: /^[\p{Script=Devanagari}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Han: /^[\p{Script=Han}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Kana: /^[\p{Script=Katakana}\p{Script=Common}\p{Script=Inherited}]+$/u,
  Hangul: /^[\p{Script=Hangul}\p{Script=Common}\p{Script=Inherited}]+$/u,
};

const where = (alias: AliasForm) => `alias "${alias.form}" (${alias.entity}, ${alias.group})`;

function formsOf(entities: readonly Entity[]): AliasForm[] {
  return entities.flatMap((entity) =>
    entity.aliases.flatMap((group) =>
      formsOfGroup(group).map((form) => ({
        form,
        key: matchKey(form, group.script),
        script: group.script,
        entity: entity.id,
        group: group.language,
      })),
    ),
  );
}

/**
 * Whether `part` occurs in `whole` as whole words (Unicode letters and digits as word chars),
 * compared as the pattern compares them. In Chinese and Japanese, which have no spaces, and
 * in Korean, which attaches particles, any occurrence counts.
 */
export function containsWholeWord(whole: string, part: string, script: Script = 'Latin'): boolean {
  return containsKey(matchKey(whole, script), matchKey(part, script), script);
}

function containsKey(haystack: string, needle: string, script: Script): boolean {
  if (needle.length === 0 || !haystack.includes(needle)) return false;
  if (DENSE.includes(script)) return haystack.includes(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(0, at);
    const after = haystack.slice(at + needle.length);
    if (!/[\p{L}\p{N}\p{M}]$/u.test(before) && !/^[\p{L}\p{N}\p{M}]/u.test(after)) return true;
  }
  return false;
}

/** Problems with one group's declaration itself. */
function groupProblems(entity: Entity, group: AliasGroup): string[] {
  const name = `entity "${entity.id}": alias group "${group.language}"`;
  const problems: string[] = [];
  if (group.spellings.length === 0) problems.push(`${name} has no spellings`);
  if (group.usedBy.trim() === '') problems.push(`${name} has no usedBy`);
  if (group.suffixes?.some((suffix) => suffix === '' || wordsOf(suffix).join('') !== suffix)) {
    problems.push(`${name} has an empty suffix or one with a separator`);
  }
  if ((group.notBefore ?? group.stillBefore) && !['Han', 'Kana'].includes(group.script)) {
    problems.push(`${name} uses notBefore, which only scripts without spaces need`);
  }
  if (group.particles && group.script !== 'Hangul') {
    problems.push(`${name} has particles, which only Korean attaches`);
  }
  if (group.capitalised && !['Latin', 'Cyrillic', 'Greek'].includes(group.script)) {
    problems.push(`${name} asks for capitals in a script without case`);
  }
  return problems;
}

/**
 * Problems with the aliases: empty, padded, too short or wrongly scripted forms; forms that
 * the pattern could not tell apart declared twice (anywhere); and forms of one entity that
 * equal or contain, as whole words, a form of another (a match must name exactly one entity).
 */
export function validateAliases(entities: readonly Entity[]): string[] {
  const problems = entities.flatMap((entity) =>
    entity.aliases.flatMap((group) => groupProblems(entity, group)),
  );
  const forms = formsOf(entities);
  const seen = new Map<string, AliasForm>();
  for (const alias of forms) {
    const length = minLength(alias.script);
    if (alias.form.trim() !== alias.form || [...alias.form].length < length) {
      problems.push(`${where(alias)} is empty, padded or shorter than ${length}`);
    }
    if (!LETTERS[alias.script].test(alias.form)) {
      problems.push(`${where(alias)} has letters outside the ${alias.script} script`);
    }
    const first = seen.get(alias.key);
    if (first) problems.push(`${where(alias)} duplicates ${where(first)}`);
    else seen.set(alias.key, alias);
  }
  for (const a of forms) {
    for (const b of forms) {
      if (a.entity !== b.entity && a.script === b.script && containsKey(a.key, b.key, a.script)) {
        problems.push(`${where(a)} contains or equals ${where(b)} of another entity`);
      }
    }
  }
  return problems;
}
