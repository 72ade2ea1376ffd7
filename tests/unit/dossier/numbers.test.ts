import { describe, expect, it } from 'vitest';
import { findNumbers, uncoveredNumbers } from '@/src/dossier/numbers';
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
  ])('reads the numbers of "%s"', (text, expected) => {
    expect(findNumbers(text).map((n) => [n.text, n.value])).toEqual(expected);
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
