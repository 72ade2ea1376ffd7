import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { FACTS } from '@/src/dossier/facts';
import type { Fact } from '@/src/dossier/types';
import { markQuotes, piecesText, type Piece } from '@/src/source/mark-quotes';

const fact = (id: string, quote: string): Fact => ({
  id,
  entities: ['kazakhstan'],
  statement: id,
  attribution: { kind: 'report' },
  category: 'timeline',
  quote,
});

/** A compact picture of pieces: marks as [id or ~id for a continuation, ...children]. */
function shape(pieces: readonly Piece[]): unknown[] {
  return pieces.map((piece) =>
    typeof piece === 'string'
      ? piece
      : [piece.anchor ? piece.factId : `~${piece.factId}`, ...shape(piece.pieces)],
  );
}

describe('markQuotes', () => {
  const text = 'one two three four five';

  it.each([
    [
      'disjoint quotes',
      [fact('a', 'one'), fact('b', 'four')],
      [['a', 'one'], ' two three ', ['b', 'four'], ' five'],
    ],
    [
      'a quote inside another',
      [fact('a', 'two three'), fact('b', 'one two three four')],
      ['', ['b', 'one ', ['a', 'two three'], ' four'], ' five'].slice(1),
    ],
    [
      'quotes that start together',
      [fact('a', 'one'), fact('b', 'one two')],
      [['b', ['a', 'one'], ' two'], ' three four five'],
    ],
    [
      'identical quotes',
      [fact('a', 'two'), fact('b', 'two')],
      ['one ', ['a', ['b', 'two']], ' three four five'],
    ],
    [
      'crossing quotes',
      [fact('a', 'one two three'), fact('b', 'three four')],
      [['a', 'one two ', ['b', 'three']], ['~b', ' four'], ' five'],
    ],
    ['a quote not in the text', [fact('a', 'six')], ['one two three four five']],
  ])('marks %s, one anchor per fact', (_what, facts, expected) => {
    const [paragraph] = markQuotes(text, facts);
    expect(shape(paragraph ?? [])).toEqual(expected);
    expect(piecesText(paragraph ?? [])).toBe(text);
  });

  it('cuts a quote at a paragraph break and anchors it where it starts', () => {
    const paragraphs = markQuotes('one two\n\nthree four', [fact('a', 'two\n\nthree')]);
    expect(paragraphs.map(shape)).toEqual([
      ['one ', ['a', 'two']],
      [['~a', 'three'], ' four'],
    ]);
  });

  it('keeps the whole bundled report, paragraph by paragraph', () => {
    const paragraphs = markQuotes(ARTICLE, FACTS).map(piecesText);
    expect(paragraphs.join('\n\n')).toBe(ARTICLE.trim());
  });
});
