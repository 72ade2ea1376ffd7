import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { ENTITY_IDS } from '@/src/dossier/types';
import { FACTS } from '@/src/dossier/facts';
import { TRANSLATIONS, type FactTranslation } from '@/src/dossier/localise';
import { findNumbers, sameNumber } from '@/src/dossier/numbers';
import { SOURCES } from '@/src/dossier/sources';
import kkLocale from '@/src/locales/kk.json';
import ruLocale from '@/src/locales/ru.json';
import { unverifiedQuotes } from '../../guards/quoted-strings';
import { translatedFigureProblems } from '../../guards/translated-figures';
import { flattenLocale } from '../../guards/locale-keys';

const LANGUAGES = ['ru', 'kk'] as const;
const CASES = LANGUAGES.flatMap((lang) => FACTS.map((fact) => [lang, fact.id, fact] as const));

/** Every text of a fact's translation, where a quotation mark may stand. */
const textsOf = (own: FactTranslation) => [
  own.statement,
  ...(own.figures ?? []).flatMap((f) => [f.counts, f.countsReading ?? '']),
  own.context ?? '',
  own.why ?? '',
  own.editorsReading ?? '',
];

describe('the fact translations', () => {
  it.each(LANGUAGES)('%s translates every fact, name and source, and nothing else', (lang) => {
    const own = TRANSLATIONS[lang];
    expect(Object.keys(own.facts).sort()).toEqual(FACTS.map((f) => f.id).sort());
    expect(Object.keys(own.entities).sort()).toEqual([...ENTITY_IDS].sort());
    expect(Object.keys(own.sources).sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it.each(CASES)('%s: %s has the same parts as the English', (lang, id, fact) => {
    const own = TRANSLATIONS[lang].facts[id]!;
    const a = fact.attribution;
    expect({
      figures: own.figures?.length ?? 0,
      readings: (own.figures ?? []).map((f) => f.countsReading !== undefined),
      context: own.context !== undefined,
      why: own.why !== undefined,
      editorsReading: own.editorsReading !== undefined,
    }).toEqual({
      figures: own.figures ? (fact.figures?.length ?? 0) : 0,
      readings: (own.figures ?? []).map((_, i) => fact.figures?.[i]?.countsReading !== undefined),
      context: a.kind === 'named' && a.context !== undefined,
      why: a.kind === 'reading',
      editorsReading: fact.editorsReading !== undefined,
    });
    // A fact with counts translates who they count (the figures view shows it).
    if ((fact.figures ?? []).some((f) => f.kind !== 'year' && f.kind !== 'day')) {
      expect(own.figures?.length).toBe(fact.figures?.length);
    }
  });

  it.each(CASES)('%s: %s writes the figures and hedges of the facts', (lang, id, fact) => {
    const english = findNumbers(fact.statement);
    const inEnglish = (figure: { asWritten: string }) =>
      english.some((n) => sameNumber(figure.asWritten, n.text));
    const statement = TRANSLATIONS[lang].facts[id]!.statement;
    expect(translatedFigureProblems(fact, statement, lang, inEnglish)).toEqual([]);
  });

  it.each(CASES)('%s: %s quotes only the report’s verbatim English', (lang, id) => {
    const own = TRANSLATIONS[lang].facts[id]!;
    expect(textsOf(own).flatMap((text) => unverifiedQuotes(text, ARTICLE))).toEqual([]);
  });

  it.each([
    ['ru', ruLocale],
    ['kk', kkLocale],
  ] as const)('%s’s own words quote only the report’s verbatim English', (_, tree) => {
    const texts = [...flattenLocale(tree).values()].flatMap((e) =>
      e.kind === 'simple' ? [e.text] : Object.values(e.forms),
    );
    expect(texts.flatMap((text) => unverifiedQuotes(text, ARTICLE))).toEqual([]);
  });

  // The guards fail on copies that bring the problems back.
  it.each([
    [
      'ru',
      'arrests-2300',
      'Задержаны 2 300 человек.',
      ['arrests-2300 (ru) drops "about 2,300" (около 2 300 / примерно 2 300)'],
    ],
    [
      'ru',
      'arrests-2300',
      'Задержаны около 2 400 человек.',
      [
        'arrests-2300 (ru) writes 2400, the facts 2300',
        'arrests-2300 (ru) drops "about 2,300" (около 2 300 / примерно 2 300)',
      ],
    ],
    [
      'kk',
      'officials-toll',
      'Толқулар салдарынан ондаған адам қаза тауып, 1 000 адам жарақат алды.',
      [
        'officials-toll (kk) drops "more than 1,000" (1 000-нан астам / 1 000-ден астам / 1 000-тан астам / 1 000-тен астам / 1 000-дан астам / 1 000-нен астам)',
      ],
    ],
    [
      'ru',
      'checkpoints-70',
      'Установлено более 70 блокпостов.',
      ['checkpoints-70 (ru) hedges 1 times, the facts 0'],
    ],
  ] as const)('fails on a %s copy of %s that reads "%s"', (lang, id, statement, problems) => {
    const fact = FACTS.find((f) => f.id === id)!;
    const english = findNumbers(fact.statement);
    const inEnglish = (figure: { asWritten: string }) =>
      english.some((n) => sameNumber(figure.asWritten, n.text));
    expect(translatedFigureProblems(fact, statement, lang, inEnglish)).toEqual(
      // Numbers are written with a no-break space between groups ("2 300").
      problems.map((p) => p.replace(/(\d) (?=\d{3})/g, '$1\u00a0')),
    );
  });

  it('fails on a translation that puts its own words in quotation marks', () => {
    expect(unverifiedQuotes('Он назвал их «плохими парнями».', ARTICLE)).toEqual([
      '“плохими парнями” is not verbatim in the report',
    ]);
  });
});
