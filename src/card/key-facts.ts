import { REPORT_DATE } from '../dossier/report-date';
import type { Entity, Fact, FactCategory, FigureKind } from '../dossier/types';
import { attributionText } from '../dossier/wording';

/** Most facts a card lists. */
export const MAX_KEY_FACTS = 3;

/** Facts a card lists whatever their length (when the entity has that many). */
export const MIN_KEY_FACTS = 2;

/** Facts without a count fill a card only up to this many, so it is never padded. */
export const MAX_WITH_PLAIN_FACTS = 3;

/**
 * Most characters of statements and attributions a card lists: about seven lines at the card's
 * width, so that the card, its date line and its actions fit in ~320 px at 100 % zoom.
 */
export const MAX_FACT_CHARACTERS = 240;

/** How long a fact reads on the card: its statement and who says so. */
export const factLength = (fact: Fact) =>
  fact.statement.length + attributionText(fact.attribution).length;

/** The report's main figures: what happened to people. */
const MAIN_KINDS: ReadonlySet<FigureKind> = new Set(['killed', 'wounded', 'arrested']);
const COUNT_KINDS: ReadonlySet<FigureKind> = new Set([...MAIN_KINDS, 'count']);

/** Weight of a category: what happened to people, what the state did, politics, dates. */
const CATEGORY_RANK: Readonly<Record<FactCategory, number>> = {
  casualties: 0,
  security: 1,
  politics: 2,
  timeline: 3,
};

const hasKind = (fact: Fact, kinds: ReadonlySet<FigureKind>) =>
  (fact.figures ?? []).some((figure) => kinds.has(figure.kind));

/** Whether a fact gives one of the report's main figures (killed, wounded or injured, arrested). */
export const givesMainFigures = (fact: Fact) => hasKind(fact, MAIN_KINDS);

/** Whether a fact counts something (a date or a year is not a count). */
export const givesCounts = (fact: Fact) => hasKind(fact, COUNT_KINDS);

/** Whether the card of `entity` may list `fact` at all (rule 1 of {@link rankFacts}). */
function isCandidate(entity: Entity, fact: Fact, descriptorQuote: string | undefined): boolean {
  if (!fact.entities.includes(entity.id) || fact.id === entity.descriptorFact) return false;
  if (descriptorQuote?.includes(fact.quote)) return false;
  // "He announced today": every card's date line already gives the report's date.
  const datesTheReport = fact.category === 'timeline' && fact.dateReading?.date === REPORT_DATE;
  return !datesTheReport;
}

/** Sort key of a candidate given the categories already chosen; smaller comes first. */
function sortKey(entity: Entity, fact: Fact, order: number, shown: ReadonlySet<FactCategory>) {
  return [
    givesMainFigures(fact) ? 0 : 1,
    fact.entities[0] === entity.id ? 0 : 1,
    fact.attribution.kind === 'reading' ? 1 : 0,
    shown.has(fact.category) ? 1 : 0,
    givesCounts(fact) ? 0 : 1,
    CATEGORY_RANK[fact.category],
    order,
  ];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The facts a card of `entity` may list, best first. The rule:
 * 1. Candidates are the facts about the entity, except its `descriptorFact`, any fact whose
 *    quote lies inside that fact's quote (the line under the name says them), and a dating
 *    fact that only gives the report's own date (the card's date line says it).
 * 2. Repeatedly take the candidate that comes first by, in turn: (a) it gives the report's
 *    main figures (killed, wounded or injured, arrested); (b) it is chiefly about the entity
 *    (first in its `entities`); (c) the report names who says it (not only the editor's reading
 *    of a pronoun); (d) its category is not chosen yet; (e) it counts something; (f) category
 *    weight: casualties, security, politics, timeline; (g) report order.
 * 3. Stop at `max`; a fact that counts nothing is taken only while fewer than
 *    {@link MAX_WITH_PLAIN_FACTS} are chosen; once {@link MIN_KEY_FACTS} are chosen, a fact is
 *    left out if it would bring the chosen facts over `budget` characters
 *    ({@link factLength}), and a shorter one further down may still be taken.
 */
export function rankFacts(
  entity: Entity,
  facts: readonly Fact[],
  max = MAX_KEY_FACTS,
  budget = MAX_FACT_CHARACTERS,
): Fact[] {
  const descriptorQuote = facts.find((fact) => fact.id === entity.descriptorFact)?.quote;
  const candidates = facts
    .map((fact, order) => ({ fact, order }))
    .filter(({ fact }) => isCandidate(entity, fact, descriptorQuote));
  const chosen: Fact[] = [];
  const shown = new Set<FactCategory>();
  let length = 0;
  while (chosen.length < max && candidates.length > 0) {
    const keys = candidates.map(({ fact, order }) => sortKey(entity, fact, order, shown));
    let best = 0;
    keys.forEach((key, i) => {
      if (compareKeys(key, keys[best] ?? key) < 0) best = i;
    });
    const [next] = candidates.splice(best, 1);
    if (!next) break;
    if (!givesCounts(next.fact) && chosen.length >= MAX_WITH_PLAIN_FACTS) continue;
    const longer = length + factLength(next.fact);
    if (chosen.length >= MIN_KEY_FACTS && longer > budget) continue;
    length = longer;
    chosen.push(next.fact);
    shown.add(next.fact.category);
  }
  return chosen;
}

/**
 * The facts the card of `entity` lists: those {@link rankFacts} chooses, shown in the order of
 * the report so that they read as it does. The statements are shown whole, so no hedge
 * ("about", "more than", "dozens") is ever dropped from a figure (the dossier checks that each
 * statement says its figures with their hedges).
 */
export function keyFacts(
  entity: Entity,
  facts: readonly Fact[],
  max = MAX_KEY_FACTS,
  budget = MAX_FACT_CHARACTERS,
): Fact[] {
  const chosen = new Set(rankFacts(entity, facts, max, budget));
  return facts.filter((fact) => chosen.has(fact));
}
