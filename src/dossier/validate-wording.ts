import { dateReadingProblem, parseIsoDate } from './dates';
import { SOURCES } from './sources';
import { locateQuote, paragraphRanges, sentenceRanges, type TextRange } from './text-spans';
import type { Fact, Figure } from './types';
import { amountText } from './wording';

const name = (fact: Fact) => `fact "${fact.id}"`;

/**
 * The text of the ranges of `article` that a fact's quote overlaps, as the report writes it
 * (from the first such range to the last).
 */
function around(article: string, at: TextRange, ranges: readonly TextRange[]): string {
  const overlapping = ranges.filter((range) => range.start < at.end && range.end > at.start);
  return article.slice(overlapping[0]?.start ?? at.start, overlapping.at(-1)?.end ?? at.end);
}

/**
 * A speaker named by a pronoun only: "he added", "It also confirmed", "According to him". Who
 * "he" is must never be decided silently.
 */
export const PRONOUN_SPEECH =
  /\b(?:he|she|it|they)\s+(?:also\s+)?(?:said|says|added|adds|continued|confirmed|reported|stated|announced|thanked|told|warned|explained|insisted|noted|claimed|promised|ensured)\b|\baccording to (?:him|her|it|them)\b/i;

const ALL_NAMES = Object.values(SOURCES).flatMap((source) => source.names);

/** Whether any of `quote` lies inside quotation marks of the report (someone's own words). */
function quotesSomeone(article: string, at: TextRange): boolean {
  return [...article.matchAll(/“[^”]*”/g)].some(
    (match) => match.index < at.end && match.index + match[0].length > at.start,
  );
}

/**
 * Attributions follow the report's own sentence. A named source is named there in words that
 * hold its name (`namedBy`); a sentence whose speaker is only a pronoun is attributed as
 * `unnamed` ("speaker not named") or as the editor's `reading`, never to a source outright;
 * an unnamed speaker is not named in the statement either.
 */
export function validateAttributions(facts: readonly Fact[], article: string): string[] {
  const sentences = sentenceRanges(article);
  return facts.flatMap((fact) => {
    const at = locateQuote(article, fact.quote);
    if (!at) return []; // reported by validateQuotes
    const sentence = around(article, at, sentences);
    const a = fact.attribution;
    const problems: string[] = [];
    const words = a.kind === 'named' ? a.namedBy : a.kind === 'report' ? undefined : a.words;
    if (words !== undefined && !sentence.includes(words)) {
      problems.push(`${name(fact)}: attribution words "${words}" are not in its sentence`);
    }
    if (a.kind === 'named' && !SOURCES[a.source].names.some((n) => a.namedBy.includes(n))) {
      problems.push(
        `${name(fact)}: "${a.namedBy}" does not name ${SOURCES[a.source].label}; a pronoun is not a name`,
      );
    }
    const named = ALL_NAMES.find((n) => fact.statement.includes(n));
    // The report's own voice may share a sentence with an unnamed speaker ("In Almaty, the
    // economic capital…, “…”, he added"), as long as the fact neither quotes that speaker nor
    // names who the pronoun is.
    const pronoun = PRONOUN_SPEECH.exec(sentence)?.[0];
    const speakerDecided =
      a.kind === 'report'
        ? quotesSomeone(article, at) || named !== undefined
        : a.kind === 'named' && problems.length > 0;
    if (pronoun && speakerDecided) {
      problems.push(
        `${name(fact)}: its sentence names the speaker only as "${pronoun}": attribute it as "speaker not named" or as the editor's reading`,
      );
    }
    if (a.kind === 'reading' && a.why.trim() === '') {
      problems.push(`${name(fact)}: the editor's reading of "${a.words}" gives no reason`);
    }
    if (a.kind === 'unnamed' && named) {
      problems.push(`${name(fact)}: statement names "${named}", but the report does not`);
    }
    return problems;
  });
}

// A relative date in a quote must be read into a calendar date (and labelled as a reading).
const RELATIVE_DATE =
  /\b(?:today|yesterday|tomorrow|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last week|this week)\b/i;

/** Every relative date of a quote is read as a date that agrees with the report's date. */
export function validateDateReadings(facts: readonly Fact[], reportDate: string): string[] {
  return facts.flatMap((fact) => {
    const problems: string[] = [];
    const reading = fact.dateReading;
    const relative = RELATIVE_DATE.exec(fact.quote)?.[0];
    if (relative && !reading) {
      problems.push(`${name(fact)}: "${relative}" in its quote is not read as a date`);
    }
    if (reading) {
      if (!fact.quote.includes(reading.words)) {
        problems.push(`${name(fact)}: date words "${reading.words}" are not in its quote`);
      }
      const problem = dateReadingProblem(reading.words, reading.date, reportDate);
      if (problem) problems.push(`${name(fact)}: date reading: ${problem}`);
    }
    for (const figure of fact.figures ?? []) {
      if (figure.kind !== 'day') continue;
      const day = reading && parseIsoDate(reading.date)?.getUTCDate();
      if (day !== figure.value) {
        problems.push(`${name(fact)}: day "${figure.asWritten}" is not read as a date`);
      }
    }
    return problems;
  });
}

/** Degree, frequency and hedge words: a statement may neither add nor drop one. */
export const DEGREE_WORDS = [
  'about',
  'more than',
  'less than',
  'at least',
  'nearly',
  'almost',
  'over',
  'dozens',
  'hundreds',
  'thousands',
  'some',
  'many',
  'few',
  'most',
  'all',
  'every',
  'any',
  'only',
  'largely',
  'total',
  'always',
  'never',
  'still',
  'often',
  'again',
] as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `phrase` occurs in `text` as whole words, case-insensitively, any space between. */
const hasWord = (text: string, phrase: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).test(text);

const shownInStatement = (statement: string, figure: Figure) =>
  figure.kind === 'day' || hasWord(statement, amountText(figure));

/**
 * Statements say what their quote says: the same degree and hedge words (no "still" for
 * "always", no dropped "about"), every figure with its hedge, and quotation marks only around
 * words that are verbatim in the quote's paragraph.
 */
export function validateStatementWording(facts: readonly Fact[], article: string): string[] {
  const paragraphs = paragraphRanges(article);
  return facts.flatMap((fact) => {
    const problems: string[] = [];
    for (const word of DEGREE_WORDS) {
      const inStatement = hasWord(fact.statement, word);
      if (inStatement !== hasWord(fact.quote, word)) {
        const where = inStatement ? 'adds' : 'drops';
        problems.push(`${name(fact)}: statement ${where} "${word}" (check it against the quote)`);
      }
    }
    for (const figure of fact.figures ?? []) {
      if (!shownInStatement(fact.statement, figure)) {
        problems.push(`${name(fact)}: statement does not say "${amountText(figure)}"`);
      }
    }
    const at = locateQuote(article, fact.quote);
    const paragraph = at && around(article, at, paragraphs);
    for (const [, quoted] of fact.statement.matchAll(/“([^”]*)”/g)) {
      if (quoted !== undefined && !paragraph?.includes(quoted)) {
        problems.push(`${name(fact)}: “${quoted}” is in quotation marks but not in the report`);
      }
    }
    return problems;
  });
}
