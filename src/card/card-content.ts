import { ENTITY_BY_ID } from '../dossier/entities';
import { FACTS } from '../dossier/facts';
import type { Entity, EntityId, Fact, FactCategory } from '../dossier/types';
import { attributionText, dateReadingText, WORDING } from '../dossier/wording';
import type { EntityCounts } from '../page/mention-index';
import { emphasiseFigures, type TextRun } from '../ui/emphasise-figures';
import { givesMainFigures, keyFacts } from './key-facts';

/** Longest quote a card shows, in characters: about two lines at 340 px. */
export const MAX_QUOTE_LENGTH = 120;

/** One key fact as the card shows it. */
export interface CardFact {
  /** Its sentence on the source page is `#fact-<id>`; the card links there. */
  id: string;
  category: FactCategory;
  /** The editor's statement, whole. */
  statement: string;
  /** The statement cut at its figures (hedges included), for emphasis. */
  runs: TextRun[];
  /** Who says so, as readers see it: "the Interior Ministry", "speaker not named (“he added”)". */
  attribution: string;
  /** A relative date read as a date, labelled: "Thursday, 6 January 2022 (editor’s reading)". */
  when?: string;
}

/** The verbatim quote a card shows. */
export interface CardQuote {
  /** Verbatim from the report: the whole quote, or its start cut at a word boundary. */
  text: string;
  /** Whether `text` was cut (the card shows "…" where it was). */
  shortened: boolean;
  attribution: string;
  factId: string;
}

/** Everything a card shows, as plain data (the view only lays it out). */
export interface CardContent {
  entityId: EntityId;
  name: string;
  descriptor: string;
  /** "From a news report of 7 January 2022": every card says when its facts were reported. */
  dateline: string;
  /** 2 to 4 facts, in report order (see `key-facts.ts` for the rule). */
  facts: CardFact[];
  /** Said when the facts give main figures from more than one source. */
  figuresNote?: string;
  /** Undefined only when no fact of the entity exists (never with the bundled report). */
  quote?: CardQuote;
  mentionCount: number;
  /** "1 mention on this page", "12 mentions on this page". */
  mentionText: string;
  /** The fact whose sentence the card's "source report" link opens: the quote's. */
  sourceFactId: string;
}

/** "1 mention on this page" or "1,204 mentions on this page". */
export function mentionText(count: number): string {
  const number = count.toLocaleString('en-US');
  return `${number} ${count === 1 ? 'mention' : 'mentions'} on this page`;
}

/** The start of `text` in at most `max - 1` characters, cut at a word boundary, for a "…". */
export function shorten(
  text: string,
  max = MAX_QUOTE_LENGTH,
): { text: string; shortened: boolean } {
  if (text.length <= max) return { text, shortened: false };
  const cut = text.slice(0, max - 1);
  // The cut may fall right at a word's end; otherwise drop the word it splits.
  const space = /\s/u.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return {
    text: (space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, ''),
    shortened: true,
  };
}

function toCardFact(fact: Fact): CardFact {
  return {
    id: fact.id,
    category: fact.category,
    statement: fact.statement,
    runs: emphasiseFigures(fact.statement, fact.figures),
    attribution: attributionText(fact.attribution),
    ...(fact.dateReading ? { when: dateReadingText(fact.dateReading) } : {}),
  };
}

/**
 * The quote: the descriptor fact's when it fits (it grounds the line under the name), else the
 * first key fact's that fits, else the descriptor fact's (or first key fact's) shortened.
 */
function chooseQuote(entity: Entity, facts: readonly Fact[], chosen: readonly Fact[]) {
  const descriptorFact = facts.find((fact) => fact.id === entity.descriptorFact);
  const inOrder = [descriptorFact, ...chosen].filter((fact): fact is Fact => fact !== undefined);
  const fact = inOrder.find((f) => f.quote.length <= MAX_QUOTE_LENGTH) ?? inOrder[0];
  if (!fact) return undefined;
  return {
    ...shorten(fact.quote),
    attribution: attributionText(fact.attribution),
    factId: fact.id,
  };
}

/** Whether the facts give main figures from more than one source (they may overlap). */
function mixesSources(facts: readonly Fact[]): boolean {
  const sources = new Set(
    facts.filter(givesMainFigures).map((f) => attributionText(f.attribution)),
  );
  return sources.size > 1;
}

/** What the card of `entityId` shows, given the page's mention counts. Pure. */
export function cardContent(
  entityId: EntityId,
  counts: Partial<EntityCounts>,
  facts: readonly Fact[] = FACTS,
  entity: Entity = ENTITY_BY_ID[entityId],
): CardContent {
  const chosen = keyFacts(entity, facts);
  const quote = chooseQuote(entity, facts, chosen);
  const mentionCount = counts[entityId] ?? 0;
  return {
    entityId,
    name: entity.name,
    descriptor: entity.descriptor,
    dateline: WORDING.dateline,
    facts: chosen.map(toCardFact),
    ...(mixesSources(chosen) ? { figuresNote: WORDING.mayOverlap } : {}),
    ...(quote ? { quote } : {}),
    mentionCount,
    mentionText: mentionText(mentionCount),
    sourceFactId: quote?.factId ?? entity.descriptorFact,
  };
}
