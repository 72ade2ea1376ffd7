import type { Entity, EntityId } from '../dossier/types';
import { isWordCharAt, isWordCharBefore } from './boundaries';
import type { Mention } from './types';

/** Finds mentions of the known entities in plain text. Pure: no DOM, no browser APIs. */
export interface Matcher {
  /**
   * Mentions in `text` that start in [from, to), in order, never overlapping; a shared empty
   * array when there are none. The range lets a huge text be searched in slices.
   */
  find(text: string, from?: number, to?: number): readonly Mention[];
  /** The compiled pattern (global, case-insensitive, Unicode), e.g. for benchmarks. */
  readonly pattern: RegExp;
}

const NO_MENTIONS: readonly Mention[] = Object.freeze([]);

// Hyphens and spaces inside a name vary by outlet ("Kassym-Jomart" / "Kassym Jomart",
// "Alma-Ata" / "Alma Ata"), and pages use non-breaking or typographic variants of both.
const SEPARATOR = '[\\s\\u00a0\\u2010\\u2011\\u2012\\u2013\\u2212-]+';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Turkish dotless ı upper-cases to a plain I ("ALMATI'DA"), which Unicode case folding does
// not relate to ı, so wherever an alias has ı, i and I are accepted too.
const DOTLESS_I = /ı/g;

function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s\u00a0\u2010-\u2013\u2212-]+/)
    .map((word) => escapeRegExp(word).replace(DOTLESS_I, '[ıi]'))
    .join(SEPARATOR);
}

/** Every written form of an entity: spellings and inflected forms of all alias groups. */
export function formsOf(entity: Entity): string[] {
  return entity.aliases.flatMap((group) => [...group.spellings, ...(group.inflected ?? [])]);
}

/**
 * Compiles all aliases into one alternation with one capture group per entity. Within a
 * group the longest forms come first, so at any position the longest alias wins
 * ("Kassym-Jomart Tokayev" over "Tokayev", "Казахстана" over "Казахстан").
 */
export function compileMatcher(entities: readonly Entity[]): Matcher {
  const ids: EntityId[] = [];
  const groups: string[] = [];
  for (const entity of entities) {
    const forms = [...new Set(formsOf(entity).map(aliasPattern))];
    if (forms.length === 0) continue;
    forms.sort((a, b) => b.length - a.length);
    ids.push(entity.id);
    groups.push(`(${forms.join('|')})`);
  }
  const pattern = new RegExp(groups.join('|'), 'giu');

  function find(text: string, from = 0, to = text.length): readonly Mention[] {
    let mentions: Mention[] | undefined;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      if (start >= to) break;
      const end = start + match[0].length;
      if (end === start || isWordCharBefore(text, start) || isWordCharAt(text, end)) {
        // An empty match (impossible with validated aliases) must still move on, and inside
        // a longer word ("preKazakhstan", "Almatyx"): try again one character on.
        pattern.lastIndex = start + 1;
        continue;
      }
      let group = 1;
      while (match[group] === undefined && group < match.length) group += 1;
      const entityId = ids[group - 1];
      if (entityId) (mentions ??= []).push({ start, end, entityId });
    }
    return mentions ?? NO_MENTIONS;
  }

  return { find, pattern };
}
