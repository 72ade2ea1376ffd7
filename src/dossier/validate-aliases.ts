import type { Entity } from './types';

/** One written form of an alias (a spelling or an inflected form) and where it is declared. */
interface AliasForm {
  form: string;
  entity: string;
  group: string;
}

// Shorter forms are too likely to be a common word or an abbreviation of something else.
const MIN_ALIAS_LENGTH = 4;

function formsOf(entities: readonly Entity[]): AliasForm[] {
  return entities.flatMap((entity) =>
    entity.aliases.flatMap((group) =>
      [...group.spellings, ...(group.inflected ?? [])].map((form) => ({
        form,
        entity: entity.id,
        group: group.language,
      })),
    ),
  );
}

const key = (form: string) => form.normalize('NFC').toLowerCase();
const where = (alias: AliasForm) => `alias "${alias.form}" (${alias.entity}, ${alias.group})`;

/** Whether `part` occurs in `whole` as whole words (Unicode letters and digits as word chars). */
export function containsWholeWord(whole: string, part: string): boolean {
  const haystack = key(whole);
  const needle = key(part);
  if (needle.length === 0) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(0, at);
    const after = haystack.slice(at + needle.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Problems with the aliases: empty or too short forms, forms declared twice (anywhere, case
 * aside), and forms of one entity that equal or contain, as whole words, a form of another
 * (a match must name exactly one entity).
 */
export function validateAliases(entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  for (const entity of entities) {
    for (const group of entity.aliases) {
      if (group.spellings.length === 0) {
        problems.push(`entity "${entity.id}": alias group "${group.language}" has no spellings`);
      }
      if (group.usedBy.trim() === '') {
        problems.push(`entity "${entity.id}": alias group "${group.language}" has no usedBy`);
      }
    }
  }
  const forms = formsOf(entities);
  const seen = new Map<string, AliasForm>();
  for (const alias of forms) {
    if (alias.form.trim() !== alias.form || alias.form.length < MIN_ALIAS_LENGTH) {
      problems.push(`${where(alias)} is empty, padded or shorter than ${MIN_ALIAS_LENGTH}`);
    }
    const first = seen.get(key(alias.form));
    if (first) problems.push(`${where(alias)} duplicates ${where(first)}`);
    else seen.set(key(alias.form), alias);
  }
  for (const a of forms) {
    for (const b of forms) {
      if (a.entity !== b.entity && containsWholeWord(a.form, b.form)) {
        problems.push(`${where(a)} contains or equals ${where(b)} of another entity`);
      }
    }
  }
  return problems;
}
