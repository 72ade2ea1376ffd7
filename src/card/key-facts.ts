import type { Entity, Fact, FactCategory } from '../dossier/types';

/** Most facts a card lists: more would not fit a 340 px card beside the quote. */
export const MAX_KEY_FACTS = 4;

/** Facts without figures fill a card only up to this many, so it is never padded. */
export const MAX_WITH_PLAIN_FACTS = 3;

/**
 * Which kind of fact a reader of the news needs first: what happened to people, then what the
 * state did, then politics; dates last (the card already sits on a page about the events).
 */
const CATEGORY_RANK: Readonly<Record<FactCategory, number>> = {
  casualties: 0,
  security: 1,
  politics: 2,
  timeline: 3,
};

const hasFigures = (fact: Fact) => (fact.figures?.length ?? 0) > 0;

/**
 * Sort key of a candidate, given the categories already chosen; smaller is better. Facts with
 * figures come first, in categories not yet shown (variety where the numbers are). Among facts
 * without figures rank comes before variety: a plain fact in a new category would otherwise be a
 * date ("made his announcement on the day of the report") pushed in for variety alone.
 */
function sortKey(fact: Fact, order: number, shown: ReadonlySet<FactCategory>): number[] {
  const repeat = shown.has(fact.category) ? 1 : 0;
  const rank = CATEGORY_RANK[fact.category];
  return hasFigures(fact) ? [0, repeat, rank, order] : [1, rank, repeat, order];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The facts a card lists for `entity`, best first. Deterministic rule:
 * 1. Candidates are the facts about the entity except its `descriptorFact` and any fact whose
 *    quote lies inside that fact's quote: the descriptor line already says them.
 * 2. Take, one at a time, the candidate with the smallest {@link sortKey} (figures first, then
 *    variety of category, then category rank, then report order).
 * 3. Stop at {@link MAX_KEY_FACTS}; a fact without figures is taken only while fewer than
 *    {@link MAX_WITH_PLAIN_FACTS} are chosen. The bundled report gives every entity at least
 *    two candidates, so every card lists 2 to 4 (checked in tests/unit/card).
 */
export function keyFacts(entity: Entity, facts: readonly Fact[]): Fact[] {
  const descriptorQuote = facts.find((fact) => fact.id === entity.descriptorFact)?.quote;
  const candidates = facts
    .map((fact, order) => ({ fact, order }))
    .filter(
      ({ fact }) =>
        fact.entities.includes(entity.id) &&
        fact.id !== entity.descriptorFact &&
        !(descriptorQuote !== undefined && descriptorQuote.includes(fact.quote)),
    );
  const chosen: Fact[] = [];
  const shown = new Set<FactCategory>();
  while (chosen.length < MAX_KEY_FACTS && candidates.length > 0) {
    let best = 0;
    for (let i = 1; i < candidates.length; i += 1) {
      const a = candidates[i];
      const b = candidates[best];
      if (
        a &&
        b &&
        compareKeys(sortKey(a.fact, a.order, shown), sortKey(b.fact, b.order, shown)) < 0
      )
        best = i;
    }
    const [next] = candidates.splice(best, 1);
    if (!next) break;
    if (!hasFigures(next.fact) && chosen.length >= MAX_WITH_PLAIN_FACTS) break;
    chosen.push(next.fact);
    shown.add(next.fact.category);
  }
  return chosen;
}
