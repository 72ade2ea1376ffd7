import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { ENTITIES } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import type { Fact } from '@/src/dossier/types';
import {
  validateEntityFacts,
  validateFactText,
  validateFigures,
  validateNumberCoverage,
  validateQuotes,
  validateSentenceCoverage,
} from '@/src/dossier/validate';

/** A real fact with some fields changed, renamed "probe" so problems are easy to read. */
const probe = (change: Partial<Fact>): Fact => ({ ...FACTS[0]!, id: 'probe', ...change });

/** A quote of `length` characters that occurs once in the report. */
function uniqueQuote(length: number): string {
  for (let start = 0; start + length <= ARTICLE.length; start += 1) {
    const quote = ARTICLE.slice(start, start + length);
    if (ARTICLE.indexOf(quote) === ARTICLE.lastIndexOf(quote) && quote.trim() === quote)
      return quote;
  }
  throw new Error(`no unique quote of ${length} characters`);
}

describe('each dossier check, one case at a time', () => {
  it.each<[string, Partial<Fact>, string[]]>([
    ['an empty quote', { quote: '' }, ['fact "probe": quote is empty']],
    ['a quote of spaces', { quote: '   ' }, ['fact "probe": quote is empty']],
    ['a quote of 200 characters', { quote: uniqueQuote(200) }, []],
    [
      'a quote of 201 characters',
      { quote: uniqueQuote(201) },
      ['fact "probe": quote is longer than 200 characters'],
    ],
  ])('quotes: %s', (_case, change, problems) => {
    expect(validateQuotes([probe(change)], ARTICLE)).toEqual(problems);
  });

  it('quotes: a quote differing only in a letter’s case is not verbatim', () => {
    const quote = uniqueQuote(40);
    const changed = quote.replace(/\p{Ll}/u, (letter) => letter.toUpperCase());
    expect(changed).not.toBe(quote);
    expect(validateQuotes([probe({ quote: changed })], ARTICLE)).toEqual([
      `fact "probe": quote not found verbatim in the report: "${changed}"`,
    ]);
  });

  it.each<[string, Partial<Fact>, string[]]>([
    ['a blank statement', { statement: ' \n' }, ['fact "probe": statement is empty']],
    ['no entity', { entities: [] }, ['fact "probe": concerns no entity']],
    [
      'a blank editor’s reading',
      { editorsReading: '  ' },
      ['fact "probe": editor\'s reading is empty'],
    ],
    ['no editor’s reading at all', { editorsReading: undefined }, []],
  ])('text: %s', (_case, change, problems) => {
    expect(validateFactText([probe(change)])).toEqual(problems);
  });

  it.each([
    ['', ['fact "probe": figure "2,300" counts nothing']],
    [' ', ['fact "probe": figure "2,300" counts nothing']],
    ['people detained', []],
  ])('figures: a figure that counts %j', (counts, problems) => {
    const quote = 'About 2,300 people';
    const figures = [{ asWritten: '2,300', value: 2300, kind: 'arrested' as const, counts }];
    expect(validateFigures([probe({ quote, figures })])).toEqual(problems);
  });

  it('numbers: names the offset and 30 characters either side of an uncovered number', () => {
    const article = `${'a'.repeat(50)} 1,234 ${'b'.repeat(50)}`;
    const at = article.indexOf('1,234');
    expect(validateNumberCoverage([], article)).toEqual([
      `number "1,234" at offset ${at} is not a figure of any fact: …${article.slice(at - 30, at + 30)}…`,
    ]);
    const early = '12 people';
    expect(validateNumberCoverage([], early)).toEqual([
      `number "12" at offset 0 is not a figure of any fact: …12 people…`,
    ]);
  });

  it('sentences: a quote that only touches a sentence at its ends does not cover it', () => {
    const article = 'One two. Three four. Five six.';
    const facts = [probe({ quote: 'One two. ' }), probe({ quote: ' Five six.' })];
    expect(validateSentenceCoverage(facts, article)).toEqual([
      'sentence not covered by any fact: "Three four."',
    ]);
    const overlapping = [...facts, probe({ quote: 'r. F' })];
    expect(validateSentenceCoverage(overlapping, article)).toEqual([]);
  });

  it('entities: names each unknown entity of each fact', () => {
    const facts = [
      ...FACTS,
      probe({ entities: ['kazakhstan', 'narnia' as Fact['entities'][number]] }),
    ];
    expect(validateEntityFacts(ENTITIES, facts)).toEqual(['fact "probe": unknown entity "narnia"']);
  });
});
