import { factWords, type FactWords } from '../dossier/dossier-messages';
import { ENTITY_BY_ID } from '../dossier/entities';
import { FACTS } from '../dossier/facts';
import { localiseEntity, localiseFact, TRANSLATIONS } from '../dossier/localise';
import type { Entity, EntityId, Fact, FactCategory } from '../dossier/types';
import { attributionText, dateReadingText, datelineText } from '../dossier/wording';
import type { UiLanguage } from '../i18n/languages';
import { emphasiseFigures, type TextRun } from '../ui/emphasise-figures';
import { givesMainFigures, keyFacts } from './key-facts';

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

/** The line under the name and the report's sentence it rests on. */
export interface CardDescriptor {
  text: string;
  /** The fact whose sentence grounds the line; the card links to it. */
  factId: string;
  /** Who says so: "the report". */
  attribution: string;
}

/** Everything a card shows, as plain data (the view only lays it out). */
export interface CardContent {
  /** The language of every word the card shows (the report's quoted words stay English). */
  language: UiLanguage;
  entityId: EntityId;
  name: string;
  /** "Tokayev": the name on the card's "Hide" button. */
  shortName: string;
  descriptor: CardDescriptor;
  /** "From a news report of 7 January 2022": every card says when its facts were reported. */
  dateline: string;
  /** 2 or 3 facts, in report order (see `key-facts.ts` for the rule). */
  facts: CardFact[];
  /** Said when the facts give main figures from more than one source. */
  figuresNote?: string;
  /** The fact whose sentence the card's "source report" link opens: the descriptor's. */
  sourceFactId: string;
  /**
   * Under a translated card whose facts quote the report: the quoted words are its English,
   * untranslated.
   */
  quotesNote?: string;
}

function toCardFact(fact: Fact, words: FactWords): CardFact {
  return {
    id: fact.id,
    category: fact.category,
    statement: fact.statement,
    runs: emphasiseFigures(fact.statement, fact.figures, words),
    attribution: attributionText(fact.attribution, words),
    ...(fact.dateReading ? { when: dateReadingText(fact.dateReading, words) } : {}),
  };
}

/** Whether a fact's words on the card quote the report («…» in Russian and Kazakh). */
const quotes = (fact: CardFact) => `${fact.statement} ${fact.attribution}`.includes('«');

/** Whether the facts give main figures from more than one source (they may overlap). */
function mixesSources(facts: readonly Fact[]): boolean {
  const sources = new Set(
    facts.filter(givesMainFigures).map((f) => attributionText(f.attribution)),
  );
  return sources.size > 1;
}

/**
 * What the card of `entityId` shows, in `language`. The facts are chosen from the English
 * dossier, so every language's card lists the same facts. Pure.
 */
export function cardContent(
  entityId: EntityId,
  facts: readonly Fact[] = FACTS,
  entity: Entity = ENTITY_BY_ID[entityId],
  language: UiLanguage = 'en',
): CardContent {
  const words = factWords(language);
  const translation = language === 'en' ? undefined : TRANSLATIONS[language];
  const chosen = keyFacts(entity, facts);
  const grounding = facts.find((fact) => fact.id === entity.descriptorFact);
  const local = localiseEntity(entity, translation);
  const cardFacts = chosen.map((fact) => toCardFact(localiseFact(fact, translation), words));
  return {
    language,
    entityId,
    name: local.name,
    shortName: local.shortName,
    descriptor: {
      text: local.descriptor,
      factId: entity.descriptorFact,
      attribution: grounding
        ? attributionText(grounding.attribution, words)
        : words.tr.t('dossier.theReport'),
    },
    dateline: datelineText(words),
    facts: cardFacts,
    ...(mixesSources(chosen) ? { figuresNote: words.tr.t('dossier.mayOverlap') } : {}),
    ...(language !== 'en' && cardFacts.some(quotes)
      ? { quotesNote: words.tr.t('dossier.quotesNote') }
      : {}),
    sourceFactId: entity.descriptorFact,
  };
}
