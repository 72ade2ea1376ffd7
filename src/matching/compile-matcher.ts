import type { Entity, EntityId } from '../dossier/types';
import { formsOf, groupAlternatives } from './alias-pattern';
import { FOLD_TRIGGER_CLASS, foldText } from './fold-text';
import { SEPARATOR_CLASS, wordsOf } from './letter-variants';
import { trieSource } from './pattern-trie';
import { startAllowed } from './script-rules';
import { surnameRule } from './surname-rule';
import type { Mention } from './types';

export { formsOf } from './alias-pattern';

/** Finds mentions of the known entities in plain text. Pure: no DOM, no browser APIs. */
export interface Matcher {
  /**
   * Mentions in `text` that start in [from, to), in order, never overlapping; a shared empty
   * array when there are none. Offsets are into `text` as given, whatever folding the search
   * needed. The range lets a huge text be searched in slices.
   */
  find(text: string, from?: number, to?: number): readonly Mention[];
  /**
   * The compiled pattern (global, case-insensitive, Unicode), e.g. for benchmarks or a
   * prefilter: it also matches any character that folding would change (a soft hyphen, a
   * combining mark), so a text it finds nothing in has no mention.
   */
  readonly pattern: RegExp;
}

const NO_MENTIONS: readonly Mention[] = Object.freeze([]);

/** Context kept before the folded part of a text: a name's start, prefixes, the word before. */
const CONTEXT_BEFORE = 64;
/** Room after a searched slice for a name that starts in it, soft hyphens and all. */
const CONTEXT_AFTER = 256;

/** Aliases of one entity that share the checks a hit must pass. */
interface Slot {
  entityId: EntityId;
  /** Matches exactly these aliases at `lastIndex` (sticky). */
  sticky: RegExp;
  capitalised: boolean;
  isOtherPerson?: (text: string, start: number, name: string) => boolean;
}

const CAPITAL = /^\p{Lu}/u;
/** Every word capitalised: "Alma-Ata" and "ALMA ATA", not "alma ata". */
const isCapitalised = (name: string) => wordsOf(name).every((word) => CAPITAL.test(word));
const HAS_SEPARATOR = new RegExp(SEPARATOR_CLASS, 'u');
const IS_TRIGGER = new RegExp(`^${FOLD_TRIGGER_CLASS}`, 'u');

/**
 * Compiles all aliases into one pattern: a prefix tree of every alias, each ending in its
 * script's end rule (so the pattern itself backtracks from "Kazahsztánbanx" to nothing rather
 * than to "Kazahsztán"), plus one branch for the characters that need folding. A hit is then
 * told apart by entity with small sticky patterns, which run only where something was found.
 */
export function compileMatcher(entities: readonly Entity[]): Matcher {
  const slots: Slot[] = [];
  const singleWords = entities.flatMap(formsOf).filter((form) => !HAS_SEPARATOR.test(form));
  for (const entity of entities) {
    const isOtherPerson = entity.surname && surnameRule(entity.surname, singleWords);
    for (const capitalised of [true, false]) {
      const groups = entity.aliases.filter((group) => Boolean(group.capitalised) === capitalised);
      if (groups.length === 0) continue;
      const sticky = new RegExp(trieSource(groups.flatMap(groupAlternatives)), 'iuy');
      slots.push({ entityId: entity.id, sticky, capitalised, isOtherPerson });
    }
  }
  const every = entities.flatMap((entity) => entity.aliases.flatMap(groupAlternatives));
  const pattern = new RegExp(`${trieSource(every)}|${FOLD_TRIGGER_CLASS}`, 'giu');

  /** The slot whose aliases match `name` at `start`, if any. */
  function slotAt(text: string, start: number, name: string): Slot | undefined {
    return slots.find((slot) => {
      slot.sticky.lastIndex = start;
      return slot.sticky.exec(text)?.[0] === name;
    });
  }

  /**
   * Mentions in `text` starting in [from, to). Unless `folded`, the first character that
   * needs folding hands the rest of the range to `searchFolded`.
   */
  function search(text: string, from: number, to: number, folded: boolean): Mention[] {
    const mentions: Mention[] = [];
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      if (start >= to) break;
      const name = match[0];
      if (IS_TRIGGER.test(name)) {
        if (folded) continue;
        const resume = Math.max(from, mentions[mentions.length - 1]?.end ?? 0);
        return mentions.concat(searchFolded(text, resume, to));
      }
      const slot = name.length > 0 && startAllowed(text, start) && slotAt(text, start, name);
      if (
        !slot ||
        (slot.capitalised && !isCapitalised(name)) ||
        slot.isOtherPerson?.(text, start, name)
      ) {
        // Not a mention here (inside a longer word, lower case, another person): try again
        // one unit on. An empty match (impossible with validated aliases) must move on too.
        pattern.lastIndex = start + 1;
        continue;
      }
      const end = start + name.length;
      // A name right before a soft hyphen or a mark may go on after it ("哈薩克\u00ad斯坦",
      // "Tokajew\u00ads"): search on from its start in the folded text instead.
      if (!folded && IS_TRIGGER.test(text.slice(end, end + 1))) {
        return mentions.concat(searchFolded(text, start, to));
      }
      mentions.push({ start, end, entityId: slot.entityId });
    }
    return mentions;
  }

  /**
   * Soft hyphens, zero-width characters or combining marks ahead: search the folded text
   * from `from` on (with some context before it) and map each mention back onto `text`.
   */
  function searchFolded(text: string, from: number, to: number): Mention[] {
    const folding = foldText(
      text,
      Math.max(0, from - CONTEXT_BEFORE),
      Math.min(text.length, to + CONTEXT_AFTER),
    );
    const found = search(folding.text, folding.fromOriginal(from), folding.fromOriginal(to), true);
    return found.map(({ start, end, entityId }) => ({
      start: folding.toOriginalStart(start),
      end: folding.toOriginalEnd(end),
      entityId,
    }));
  }

  function find(text: string, from = 0, to = text.length): readonly Mention[] {
    const mentions = search(text, from, to, false);
    return mentions.length > 0 ? mentions : NO_MENTIONS;
  }

  return { find, pattern };
}
