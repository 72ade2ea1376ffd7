import { locateQuote } from './text-spans';
import type { Fact } from './types';

/** A number written in a text. */
export interface NumberMention {
  /** As written, separators kept: "20,000", "2", "dozens". */
  text: string;
  /** Numeric value; absent for vague amounts such as "dozens". */
  value?: number;
  /** Offset of its first character in the text. */
  index: number;
}

// Digits with optional thousands separators and decimals: "2", "1,000", "2,300", "1989".
const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?/g;

// Spelled-out amounts, so rewording "26" as "twenty-six" cannot hide a figure. "one" is left
// out on purpose: it is far more often a pronoun ("no one") than a count.
const WORD_VALUES = new Map<string, number | undefined>([
  ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'
    .concat(' sixteen seventeen eighteen nineteen twenty')
    .split(' ')
    .map((word, i): [string, number] => [word, i + 2]),
  ...'thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, i): [string, number] => [word, (i + 3) * 10]),
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  // Vague amounts: a figure must still account for them, with no value.
  ...'dozens scores hundreds thousands millions'
    .split(' ')
    .map((word): [string, undefined] => [word, undefined]),
]);
const WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...WORD_VALUES.keys()].join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Every number written in `text`, in digits or in words, in order of appearance. */
export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(DIGITS)) {
    found.push({ text: match[0], value: Number(match[0].replaceAll(',', '')), index: match.index });
  }
  for (const match of text.matchAll(WORDS)) {
    const value = WORD_VALUES.get(match[0].toLowerCase());
    found.push({ text: match[0], index: match.index, ...(value === undefined ? {} : { value }) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether a figure's `asWritten` and a number found in a text are the same number. */
export function sameNumber(asWritten: string, written: string): boolean {
  return asWritten.trim().toLowerCase() === written.trim().toLowerCase();
}

/**
 * The numbers of `article` that no fact accounts for. A number is covered only by a fact whose
 * quote contains that very occurrence and which lists it among its figures, so the two "18"s
 * of the report need two figures, one in each sentence.
 */
export function uncoveredNumbers(article: string, facts: readonly Fact[]): NumberMention[] {
  const located = facts.map((fact) => ({ fact, range: locateQuote(article, fact.quote) }));
  return findNumbers(article).filter(
    (number) =>
      !located.some(
        ({ fact, range }) =>
          range !== undefined &&
          number.index >= range.start &&
          number.index + number.text.length <= range.end &&
          (fact.figures ?? []).some((figure) => sameNumber(figure.asWritten, number.text)),
      ),
  );
}
