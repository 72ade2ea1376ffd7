import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { createPrefilter } from '../../../src/matching/prefilter';
import { placeMentions, TextSearch } from '../../../src/page/text-search';

const matcher = compileMatcher(ENTITIES);

/**
 * Searches `pieces[own]` as the scanner searches a text node, the other pieces being the text
 * its inline run holds before and after it; nodes are the pieces' indices.
 */
function searchPiece(pieces: readonly string[], own: number, withSpans = false) {
  const text = pieces[own] ?? '';
  const after = pieces.slice(own + 1).map((part, i) => [own + 1 + i, part] as const);
  const spans = withSpans ? createPrefilter().scan(pieces.join('')) : null;
  const before = pieces.slice(0, own).join('');
  // Spans of the joined text, as the scanner maps them onto one node: clipped to it.
  const local = spans
    ?.map((s) => ({ start: s.start - before.length, end: s.end - before.length }))
    .filter((s) => s.end > 0 && s.start < text.length)
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }));
  const search = new TextSearch(own, text, matcher, local ?? null, { before, after });
  let found = search.next();
  while (!found) found = search.next();
  return found;
}

/** Every mention of the pieces, each searched as its own node, in the scanner's notation. */
function searchAll(pieces: readonly string[], withSpans = false) {
  return pieces.flatMap((_, own) =>
    searchPiece(pieces, own, withSpans).map((m) => ({ node: own, ...m })),
  );
}

/** A name cut at every letter: [before, tail] pairs. */
const cuts = (name: string) =>
  Array.from(
    { length: name.length - 1 },
    (_, i) => [name.slice(0, i + 1), name.slice(i + 1)] as const,
  );

const NAMES = [
  ['Kazakhstan', 'kazakhstan'],
  ['Токаев', 'tokayev'],
  ['Almaty', 'almaty'],
  ['Kassym-Jomart Tokayev', 'tokayev'],
  ['Казахстане', 'kazakhstan'],
  ['Kasachstan', 'kazakhstan'],
] as const;

describe('text search across the pieces of an inline run', () => {
  it.each(NAMES.flatMap(([name, id]) => cuts(name).map(([a, b]) => [name, a, b, id] as const)))(
    'finds %s cut as "%s|%s" once, in its first piece, running into the second',
    (_name, head, tail, entityId) => {
      for (const withSpans of [false, true]) {
        expect(searchAll(['In ', `${head}`, `${tail} today.`], withSpans)).toEqual([
          { node: 1, start: 0, end: tail.length, entityId, rest: [2] },
        ]);
      }
    },
  );

  it.each([
    [
      'three pieces',
      ['Kas', 'sym-Jomart', ' Tokayev said'],
      { node: 0, start: 0, end: 8, rest: [1, 2] },
    ],
    [
      'a name ending at a join',
      ['Kazakh', 'stan', ' and more'],
      { node: 0, start: 0, end: 4, rest: [1] },
    ],
    ['an empty piece inside', ['Ток', '', 'аев'], { node: 0, start: 0, end: 3, rest: [1, 2] }],
    [
      'a name starting at a join',
      ['In ', 'Kazakh', 'stan'],
      { node: 1, start: 0, end: 4, rest: [2] },
    ],
    ['a name inside one piece', ['x ', 'in Almaty,', ' y'], { node: 1, start: 3, end: 9 }],
  ])('places %s exactly at both ends', (_what, pieces, expected) => {
    expect(searchAll(pieces).map(({ entityId: _, ...m }) => m)).toEqual([expected]);
  });

  it.each([
    ['a word running on in both pieces', ['Alma', 'tynsky']],
    ['a word that ran on into it', ['xKazakh', 'stan']],
    ['a demonym split', ['Kaz', 'akh people']],
    ['a name cut by nothing that joins', ['Kazakh ', 'stan']],
  ])('finds nothing in %s', (_what, pieces) => {
    expect(searchAll(pieces)).toEqual([]);
  });
});

describe('a name inside one piece', () => {
  it.each([
    ['a menu of links', ['Home', 'Kazakhstan', 'World'], 1, 0, 10],
    ['a word running on into the next piece', ['Almaty', 'nsky'], 0, 0, 6],
    ['a word running on from the piece before', ['Breaking', 'Tokayev'], 1, 0, 7],
  ])(
    'is judged within its piece (its edges as boundaries): %s',
    (_what, pieces, node, start, end) => {
      expect(searchAll(pieces).map(({ entityId: _, ...m }) => m)).toEqual([{ node, start, end }]);
    },
  );

  it.each([
    [
      'a word running on into the next piece, after another name',
      ['Almaty and Tokayev', 'ish'],
      [
        [0, 0, 6],
        [0, 11, 18],
      ],
    ],
    [
      'a name after the part an earlier piece’s name covers',
      ['Kassym-Jomart ', 'Tokayev in Almaty'],
      [
        [0, 0, 7],
        [1, 11, 17],
      ],
    ],
    [
      'Chinese names back to back across a join',
      ['哈萨克斯', '坦哈萨克斯坦'],
      [
        [0, 0, 1],
        [1, 1, 6],
      ],
    ],
    [
      'Chinese names back to back, the second crossing the join',
      ['哈萨克斯坦哈萨', '克斯坦'],
      [
        [0, 0, 5],
        [0, 5, 3],
      ],
    ],
  ])('keeps every name of its own: %s', (_what, pieces, expected) => {
    expect(searchAll(pieces).map(({ node, start, end }) => [node, start, end])).toEqual(expected);
  });

  it('is no mention of its own where a name from an earlier piece covers it', () => {
    // "Tokayev" alone in the last piece is part of the full name that starts in the first.
    expect(searchAll(['Kassym-Jomart ', 'Tokayev', ' said']).map((m) => m.node)).toEqual([0]);
  });

  it('reads a long piece only beside its joins, finding names at both ends and inside', () => {
    const middle = ' and '.repeat(300);
    const pieces = ['Kaz', `akhstan${middle}Almaty${middle}Alma`, 'ty', ' today'];
    const found = searchAll(pieces).map(({ node, start, end }) => [node, start, end]);
    const long = pieces[1]?.length ?? 0;
    expect(found).toEqual([
      [0, 0, 7],
      [1, 7 + middle.length, 13 + middle.length],
      [1, long - 4, 2],
    ]);
  });
});

describe('placing mentions of a joined text', () => {
  const after = [
    ['b', 'st'],
    ['c', ''],
    ['d', 'an!'],
  ] as const;
  it.each([
    ['inside the own text', 4, 8, { start: 1, end: 5 }],
    ['ending where the own text ends', 5, 9, { start: 2, end: 6 }],
    ['running one node on', 5, 10, { start: 2, end: 1, rest: ['b'] }],
    ['ending at the end of a node', 5, 11, { start: 2, end: 2, rest: ['b'] }],
    ['running over an empty node', 5, 12, { start: 2, end: 1, rest: ['b', 'c', 'd'] }],
  ])('places a mention %s', (_what, start, end, expected) => {
    const placed = placeMentions([{ start, end, entityId: 'almaty' }], 3, 6, after);
    expect(placed).toEqual([{ ...expected, entityId: 'almaty' }]);
  });

  it.each([
    ['in the look back', 0, 4],
    ['after the own text', 9, 10],
  ])('leaves out a mention starting %s', (_what, start, end) => {
    expect(placeMentions([{ start, end, entityId: 'almaty' }], 3, 6, after)).toEqual([]);
  });
});
