import { findNumbers, sameNumber, uncoveredNumbers } from './numbers';
import { REPORT_DATE } from './report-date';
import { countOccurrences, locateQuote, sentenceRanges } from './text-spans';
import type { Entity, Fact } from './types';
import { validateAliases } from './validate-aliases';
import {
  validateAttributions,
  validateDateReadings,
  validateStatementWording,
} from './validate-wording';

export { validateAliases } from './validate-aliases';
export {
  validateAttributions,
  validateDateReadings,
  validateStatementWording,
} from './validate-wording';

/** Everything the checks look at. */
export interface Dossier {
  entities: readonly Entity[];
  facts: readonly Fact[];
  article: string;
}

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// "Keep quotes short": one sentence or the relevant part of it.
const MAX_QUOTE_LENGTH = 200;
/** The least number of facts each entity's card must be able to show. */
export const MIN_FACTS_PER_ENTITY = 4;

const name = (fact: Fact) => `fact "${fact.id}"`;

/** Ids must be unique and kebab-case: the source page anchors each as `#fact-<id>`. */
export function validateFactIds(facts: readonly Fact[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    if (!KEBAB_CASE.test(fact.id)) problems.push(`${name(fact)}: id is not kebab-case`);
    if (seen.has(fact.id)) problems.push(`${name(fact)}: id is used more than once`);
    seen.add(fact.id);
  }
  return problems;
}

/** Every quote occurs verbatim, exactly once (so its anchor is unambiguous), and is short. */
export function validateQuotes(facts: readonly Fact[], article: string): string[] {
  return facts.flatMap((fact) => {
    const times = countOccurrences(article, fact.quote);
    if (fact.quote.trim() === '') return [`${name(fact)}: quote is empty`];
    if (times === 0)
      return [`${name(fact)}: quote not found verbatim in the report: "${fact.quote}"`];
    const problems: string[] = [];
    if (times > 1) problems.push(`${name(fact)}: quote occurs ${times} times; lengthen it`);
    if (fact.quote.length > MAX_QUOTE_LENGTH) {
      problems.push(`${name(fact)}: quote is longer than ${MAX_QUOTE_LENGTH} characters`);
    }
    return problems;
  });
}

/** The report's words an attribution rests on; the report's own voice needs none. */
function attributionWords({ attribution: a }: Fact): string {
  if (a.kind === 'report') return 'the report';
  return a.kind === 'named' ? a.namedBy : a.words;
}

/** Statements and attributions are never blank; a fact concerns at least one entity. */
export function validateFactText(facts: readonly Fact[]): string[] {
  return facts.flatMap((fact) => [
    ...(fact.statement.trim() === '' ? [`${name(fact)}: statement is empty`] : []),
    ...(attributionWords(fact).trim() === '' ? [`${name(fact)}: attribution is empty`] : []),
    ...(fact.entities.length === 0 ? [`${name(fact)}: concerns no entity`] : []),
    ...(fact.editorsReading?.trim() === '' ? [`${name(fact)}: editor's reading is empty`] : []),
  ]);
}

/** Each figure is a number written in its own quote, with the value written there. */
export function validateFigures(facts: readonly Fact[]): string[] {
  return facts.flatMap((fact) =>
    (fact.figures ?? []).flatMap((figure) => {
      const inQuote = findNumbers(fact.quote).find((n) => sameNumber(figure.asWritten, n.text));
      if (!inQuote) return [`${name(fact)}: figure "${figure.asWritten}" is not in its quote`];
      if (inQuote.value !== figure.value) {
        return [`${name(fact)}: figure "${figure.asWritten}" has value ${figure.value}`];
      }
      return figure.counts.trim() === ''
        ? [`${name(fact)}: figure "${figure.asWritten}" counts nothing`]
        : [];
    }),
  );
}

/** Every number the report writes is a figure of a fact whose quote holds it. */
export function validateNumberCoverage(facts: readonly Fact[], article: string): string[] {
  return uncoveredNumbers(article, facts).map((number) => {
    const context = article.slice(Math.max(0, number.index - 30), number.index + 30);
    return `number "${number.text}" at offset ${number.index} is not a figure of any fact: …${context}…`;
  });
}

/** Every sentence of the report shares some text with a quote: the facts cover the report. */
export function validateSentenceCoverage(facts: readonly Fact[], article: string): string[] {
  const spans = facts.flatMap((fact) => locateQuote(article, fact.quote) ?? []);
  return sentenceRanges(article)
    .filter((sentence) => !spans.some((s) => s.start < sentence.end && s.end > sentence.start))
    .map(
      (sentence) =>
        `sentence not covered by any fact: "${article.slice(sentence.start, sentence.end)}"`,
    );
}

/** Facts name known entities, each entity has enough facts, and descriptors are grounded. */
export function validateEntityFacts(entities: readonly Entity[], facts: readonly Fact[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>(entities.map((entity) => entity.id));
  for (const fact of facts) {
    for (const id of fact.entities.filter((entityId) => !ids.has(entityId))) {
      problems.push(`${name(fact)}: unknown entity "${id}"`);
    }
  }
  for (const entity of entities) {
    const count = facts.filter((fact) => fact.entities.includes(entity.id)).length;
    if (count < MIN_FACTS_PER_ENTITY) {
      problems.push(`entity "${entity.id}": ${count} facts, fewer than ${MIN_FACTS_PER_ENTITY}`);
    }
    const grounding = facts.find((fact) => fact.id === entity.descriptorFact);
    if (!grounding) {
      problems.push(
        `entity "${entity.id}": descriptorFact "${entity.descriptorFact}" does not exist`,
      );
    } else if (!grounding.entities.includes(entity.id)) {
      problems.push(
        `entity "${entity.id}": descriptorFact "${entity.descriptorFact}" does not concern it`,
      );
    }
  }
  return problems;
}

/** Every problem with the dossier, each naming the offending entry; empty when all is well. */
export function validateDossier({ entities, facts, article }: Dossier): string[] {
  return [
    ...validateFactIds(facts),
    ...validateQuotes(facts, article),
    ...validateFactText(facts),
    ...validateFigures(facts),
    ...validateNumberCoverage(facts, article),
    ...validateSentenceCoverage(facts, article),
    ...validateAttributions(facts, article),
    ...validateDateReadings(facts, REPORT_DATE),
    ...validateStatementWording(facts, article),
    ...validateEntityFacts(entities, facts),
    ...validateAliases(entities),
  ];
}
