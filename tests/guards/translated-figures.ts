import type { Fact, Figure } from '../../src/dossier/types';
import { formatNumber } from '../../src/i18n/format';
import type { UiLanguage } from '../../src/i18n/languages';

type Translated = Exclude<UiLanguage, 'en'>;

/**
 * The hedges each language may write for the report's "about", "more than" and "dozens"; `N`
 * stands for the number as the language writes it. Kazakh puts "more than" after the number
 * in the ablative ("1 000-нан астам").
 */
const HEDGES: Record<Translated, Record<NonNullable<Figure['qualifier']>, string[]>> = {
  ru: {
    about: ['около N', 'примерно N'],
    'more than': ['более N', 'свыше N'],
    dozens: ['десятки'],
  },
  kk: {
    about: ['шамамен N'],
    'more than': [
      'N-нан астам',
      'N-ден астам',
      'N-тан астам',
      'N-тен астам',
      'N-дан астам',
      'N-нен астам',
    ],
    dozens: ['ондаған'],
  },
};

/** Every hedge word of a language, to find hedges no figure accounts for. */
const HEDGE_WORDS: Record<Translated, RegExp> = {
  ru: /(?<!\p{L})(около|примерно|более|свыше|десятки|десятков|десятками)(?!\p{L})/giu,
  kk: /(?<!\p{L})(шамамен|астам|ондаған)(?!\p{L})/giu,
};

/** Whole numbers in digits as Russian and Kazakh write them: "20 000" (no-break space), "748". */
export function digitsIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+/g)].map((m) =>
    Number(m[0].replace(/[\u00a0\u202f ]/g, '')),
  );
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b).join(', ');

/**
 * What is wrong with the figures of a translated statement: its numbers in digits must be
 * exactly the values of the figures the English statement writes (`inEnglish`), each written
 * as the language writes numbers and with the report's hedge in that language ("about" ->
 * "около"); a hedge with no hedged figure behind it is wrong too.
 */
export function translatedFigureProblems(
  fact: Fact,
  statement: string,
  language: Translated,
  inEnglish: (figure: Figure) => boolean,
): string[] {
  const problems: string[] = [];
  const figures = (fact.figures ?? []).filter(inEnglish);
  const want = figures.flatMap((f) => (f.value === undefined ? [] : [f.value]));
  const got = digitsIn(statement);
  if (sorted(want) !== sorted(got)) {
    problems.push(
      `${fact.id} (${language}) writes ${sorted(got) || 'no number'}, the facts ${sorted(want) || 'none'}`,
    );
  }
  for (const figure of figures) {
    const written = figure.value === undefined ? '' : formatNumber(figure.value, language);
    if (
      figure.value !== undefined &&
      !figure.qualifier &&
      figure.kind !== 'year' &&
      !statement.includes(written)
    ) {
      problems.push(`${fact.id} (${language}) does not write ${figure.asWritten} as ${written}`);
    }
    if (!figure.qualifier) continue;
    const forms = HEDGES[language][figure.qualifier].map((form) => form.replace('N', written));
    if (!forms.some((form) => statement.toLowerCase().includes(form.toLowerCase()))) {
      problems.push(
        `${fact.id} (${language}) drops "${figure.qualifier} ${figure.asWritten}" (${forms.join(' / ')})`,
      );
    }
  }
  const hedges = [...statement.matchAll(HEDGE_WORDS[language])].length;
  const hedged = figures.filter((f) => f.qualifier).length;
  if (hedges > hedged)
    problems.push(`${fact.id} (${language}) hedges ${hedges} times, the facts ${hedged}`);
  return problems;
}
