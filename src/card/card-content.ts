import { ENTITY_BY_ID } from '../dossier/entities';
import { FACTS } from '../dossier/facts';
import type { Entity, EntityId, Fact, FactCategory } from '../dossier/types';
import type { EntityCounts } from '../page/mention-index';
import { keyFacts } from './key-facts';
import { cardFigure, splitStatement, type CardFigure, type StatementPart } from './statement-parts';

/** Longest quote a card shows, in characters: about two lines at 340 px. */
export const MAX_QUOTE_LENGTH = 120;

/** One key fact as the card shows it. */
export interface CardFact {
  id: string;
  category: FactCategory;
  /** The editor's statement, whole. */
  statement: string;
  /** The statement cut at its figures, for emphasis. */
  parts: StatementPart[];
  /** Every figure of the fact, in the order the report gives them. */
  figures: CardFigure[];
  /** Figures the statement does not spell out; the card lists them after it. */
  looseFigures: CardFigure[];
  /** Who says so: "the Interior Ministry". */
  attribution: string;
}

/** The verbatim quote a card shows. */
export interface CardQuote {
  /** Verbatim from the report; shortened with "…" at a word boundary only if too long. */
  text: string;
  attribution: string;
  factId: string;
}

/** Everything a card shows, as plain data (the view only lays it out). */
export interface CardContent {
  entityId: EntityId;
  name: string;
  descriptor: string;
  /** 2 to 4 facts, best first (see `key-facts.ts` for the rule). */
  facts: CardFact[];
  /** Undefined only when no fact of the entity exists (never with the bundled report). */
  quote?: CardQuote;
  mentionCount: number;
  /** "1 mention on this page", "12 mentions on this page". */
  mentionText: string;
  /** The fact whose sentence the card's source link opens: the quote's. */
  sourceFactId: string;
}

/** "1 mention on this page" or "1,204 mentions on this page". */
export function mentionText(count: number): string {
  const number = count.toLocaleString('en-US');
  return `${number} ${count === 1 ? 'mention' : 'mentions'} on this page`;
}

/** Shortens text to at most `max` characters at a word boundary, ending in "…". */
export function shorten(text: string, max = MAX_QUOTE_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut may fall right at a word's end; otherwise drop the word it splits.
  const space = /\s/u.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

function toCardFact(fact: Fact): CardFact {
  const { parts, loose } = splitStatement(fact.statement, fact.figures);
  return {
    id: fact.id,
    category: fact.category,
    statement: fact.statement,
    parts,
    figures: (fact.figures ?? []).map(cardFigure),
    looseFigures: loose,
    attribution: fact.attribution,
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
  return { text: shorten(fact.quote), attribution: fact.attribution, factId: fact.id };
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
    facts: chosen.map(toCardFact),
    ...(quote ? { quote } : {}),
    mentionCount,
    mentionText: mentionText(mentionCount),
    sourceFactId: quote?.factId ?? entity.descriptorFact,
  };
}
