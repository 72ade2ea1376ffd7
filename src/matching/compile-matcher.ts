import type { Entity } from '../dossier/types';
import { buildFirstPass, type FirstPass } from './first-pass';
import { FOLD_TRIGGER_CLASS, foldText } from './fold-text';
import { wordsOf } from './letter-variants';
import { startAllowed } from './script-rules';
import { Slots } from './slots';
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

const CAPITAL = /^\p{Lu}/u;
/** Every word capitalised: "Alma-Ata" and "ALMA ATA", not "alma ata". */
const isCapitalised = (name: string) => wordsOf(name).every((word) => CAPITAL.test(word));
const IS_TRIGGER = new RegExp(`^${FOLD_TRIGGER_CLASS}`, 'u');

/**
 * Compiles all aliases into a matcher that makes one pass over a text with one small pattern:
 * a prefix tree of the first letters of every alias, plus one branch for the characters that
 * need folding. Only where it finds the start of an alias are the alias groups that start
 * that way checked in full, in plain code (alias-check.ts): the longest form and ending that
 * ends where its script lets a name end, then the start, the capitals and the given name.
 * `firstPass` is built from the aliases unless given (the bundled one is generated).
 */
export function compileMatcher(
  entities: readonly Entity[],
  firstPass: FirstPass = buildFirstPass(entities),
): Matcher {
  const otherPerson = (entity: Entity) => {
    const context = entity.surname;
    if (!context) return undefined;
    // Built on the first surname found alone: most pages never need it.
    let rule: ReturnType<typeof surnameRule> | undefined;
    return (text: string, start: number, name: string) => {
      rule ??= surnameRule(context, isName);
      return rule(text, start, name);
    };
  };
  const slots = new Slots(entities, otherPerson, firstPass);
  const pattern = new RegExp(`${firstPass.plain}|${FOLD_TRIGGER_CLASS}`, 'giu');
  let leafPattern: RegExp | undefined;

  /** The full name of any entity at `at` (its groups told by the capturing first pass). */
  function nameAt(text: string, at: number) {
    leafPattern ??= new RegExp(firstPass.source, 'iuy');
    leafPattern.lastIndex = at;
    const leaf = leafPattern.exec(text);
    return leaf && startAllowed(text, at) ? slots.match(text, at, leaf) : undefined;
  }

  /** Whether a mention of any entity starts at `at` ("Президент Казахстана Токаев"). */
  function isName(text: string, at: number): boolean {
    return nameAt(text, at) !== undefined;
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
      if (IS_TRIGGER.test(match[0])) {
        if (folded) continue;
        const resume = Math.max(from, mentions[mentions.length - 1]?.end ?? 0);
        return mentions.concat(searchFolded(text, resume, to));
      }
      const hit = nameAt(text, start);
      if (
        !hit ||
        (hit.slot.capitalised && !isCapitalised(hit.name)) ||
        hit.slot.isOtherPerson?.(text, start, hit.name)
      ) {
        // Not a mention here (only the start of a word, inside a longer word, lower case,
        // another person): try again one unit on.
        pattern.lastIndex = start + 1;
        continue;
      }
      const end = start + hit.name.length;
      pattern.lastIndex = end;
      // A name right before a soft hyphen or a mark may go on after it ("哈薩克\u00ad斯坦",
      // "Tokajew\u00ads"): search on from its start in the folded text instead.
      if (!folded && IS_TRIGGER.test(text.slice(end, end + 1))) {
        return mentions.concat(searchFolded(text, start, to));
      }
      mentions.push({ start, end, entityId: hit.slot.entityId });
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
    // Search a prefix that ends a little after `to`, so that a slice of a huge text does not
    // make the pattern run on to the end of it (offsets are unchanged: the prefix starts at 0).
    const bounded = to + CONTEXT_AFTER < text.length ? text.slice(0, to + CONTEXT_AFTER) : text;
    const mentions = search(bounded, from, to, false);
    return mentions.length > 0 ? mentions : NO_MENTIONS;
  }

  return { find, pattern };
}
