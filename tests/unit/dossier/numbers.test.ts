import { describe, expect, it } from 'vitest';
import { findNumbers, sameNumber, uncoveredNumbers } from '@/src/dossier/numbers';
import { paragraphRanges, sentenceRanges } from '@/src/dossier/text-spans';
import type { Fact } from '@/src/dossier/types';

const fact = (quote: string, figures: Fact['figures'] = []): Fact => ({
  id: 'f',
  entities: ['kazakhstan'],
  statement: 's',
  attribution: { kind: 'report' },
  category: 'timeline',
  quote,
  figures,
});

describe('findNumbers', () => {
  it.each([
    ['about “20,000” people', [['20,000', 20_000]]],
    [
      '26 “armed criminals” died and 18 were wounded',
      [
        ['26', 26],
        ['18', 18],
      ],
    ],
    ['more than 1,000, officials said', [['1,000', 1_000]]],
    ['since last Sunday (2) against', [['2', 2]]],
    [
      'from 1989 to 2019',
      [
        ['1989', 1989],
        ['2019', 2019],
      ],
    ],
    ['left dozens dead', [['dozens', undefined]]],
    [
      'twenty-six dead',
      [
        ['twenty', 20],
        ['six', 6],
      ],
    ],
    ['no one was hurt in decades', []],
    [
      'twenty-six dead, 18 hurt, five held',
      [
        ['twenty', 20],
        ['six', 6],
        ['18', 18],
        ['five', 5],
      ],
    ],
    [
      'Four said 3, then 2 and Two and 1',
      [
        ['Four', 4],
        ['3', 3],
        ['2', 2],
        ['Two', 2],
        ['1', 1],
      ],
    ],
  ])('reads the numbers of "%s", in the order they are written', (text, expected) => {
    expect(findNumbers(text).map((n) => [n.text, n.value])).toEqual(expected);
  });

  it.each([
    ['left dozens dead', [{ text: 'dozens', index: 5 }]],
    [
      'Hundreds and 12',
      [
        { text: 'Hundreds', index: 0 },
        { text: '12', value: 12, index: 13 },
      ],
    ],
  ])('gives a vague amount in "%s" no value at all, and a count its value', (text, expected) => {
    expect(findNumbers(text)).toStrictEqual(expected);
  });
});

describe('sameNumber', () => {
  it.each([
    ['18', '18', true],
    [' 18', '18', true],
    ['18 ', ' 18', true],
    ['Dozens', 'dozens', true],
    ['dozens ', 'DOZENS', true],
    ['18', '1,8', false],
    ['18', '180', false],
    ['dozen', 'dozens', false],
  ])('takes %j and %j for the same number: %s', (asWritten, written, expected) => {
    expect(sameNumber(asWritten, written)).toBe(expected);
  });
});

describe('uncoveredNumbers', () => {
  const text = 'It says 18 died. Then 18 were hurt.';

  it.each([
    ['no facts', [], ['18', '18']],
    [
      'the first sentence only',
      [fact('18 died', [{ asWritten: '18', kind: 'killed', counts: 'people' }])],
      ['18'],
    ],
    ['a fact quoting the number without a figure for it', [fact('18 died')], ['18', '18']],
    [
      'both occurrences',
      [
        fact('18 died', [{ asWritten: '18', kind: 'killed', counts: 'people' }]),
        fact('18 were hurt', [{ asWritten: '18', kind: 'wounded', counts: 'people' }]),
      ],
      [],
    ],
  ])('with %s, leaves the rest uncovered', (_what, facts, expected) => {
    expect(uncoveredNumbers(text, facts).map((n) => n.text)).toEqual(expected);
  });

  const eighteen = [{ asWritten: '18', kind: 'killed', counts: 'people' }] as Fact['figures'];
  it.each([
    ['the second sentence only: the first 18 lies before its quote', 'Then 18 were hurt', [8]],
    ['a quote that ends on the number itself', 'Then 18', [8]],
    ['a quote that starts on the number itself', '18 were hurt', [8]],
    ['a quote that cuts the number in two', 'It says 1', [8, 22]],
    ['a quote that starts inside the number', '8 died', [8, 22]],
  ])('with %s, leaves uncovered the numbers at %j', (_what, quote, expected) => {
    expect(uncoveredNumbers(text, [fact(quote, eighteen)]).map((n) => n.index)).toEqual(expected);
  });
});

describe('text ranges', () => {
  const text = 'First one. “Second,” he said.\n\n“Third.” Fourth (…) goes on';
  const slices = (ranges: { start: number; end: number }[]) =>
    ranges.map((r) => text.slice(r.start, r.end));

  it('splits paragraphs at blank lines', () => {
    expect(slices(paragraphRanges(text))).toEqual([
      'First one. “Second,” he said.',
      '“Third.” Fourth (…) goes on',
    ]);
  });

  it('splits sentences after closing quotes, not inside an elision', () => {
    expect(slices(sentenceRanges(text))).toEqual([
      'First one.',
      '“Second,” he said.',
      '“Third.”',
      'Fourth (…) goes on',
    ]);
  });
});
