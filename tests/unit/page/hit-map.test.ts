import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { formsOf } from '../../../src/matching/compile-matcher';
import type { Span } from '../../../src/matching/prefilter';
import { mapSpans, type Piece } from '../../../src/page/hit-map';
import { mayCrossJoin } from '../../../src/page/node-search';
import { NAME_REACH } from '../../../src/page/text-search';

/** Stand-ins for text nodes: mapSpans only carries them along. */
const pieces = (...lengths: number[]): Piece[] =>
  lengths.map((length, i) => [{ id: i } as unknown as Text, length]);
const ids = (candidates: ReturnType<typeof mapSpans>) =>
  candidates.map((c) => (c.node as unknown as { id: number }).id);

describe('mapSpans', () => {
  it('gives each node the spans that fall in it, clipped to it, in its own offsets', () => {
    const found = mapSpans(pieces(10, 5, 20), [
      { start: 2, end: 6 },
      { start: 8, end: 12 },
      { start: 20, end: 24 },
    ]);
    expect(ids(found)).toEqual([0, 1, 2]);
    expect(found.map((c) => c.spans)).toEqual([
      [
        { start: 2, end: 6 },
        { start: 8, end: 10 },
      ],
      [{ start: 0, end: 2 }],
      [{ start: 5, end: 9 }],
    ]);
    expect(found.map((c) => c.length)).toEqual([10, 5, 20]);
  });

  it('stops reading nodes after the last span', () => {
    let read = 0;
    function* counted(): Generator<Piece> {
      for (const piece of pieces(10, 10, 10, 10)) {
        read += 1;
        yield piece;
      }
    }
    mapSpans(counted(), [{ start: 12, end: 14 }]);
    expect(read).toBe(2);
  });

  it('stops reading at the node where the last span ends exactly', () => {
    let read = 0;
    function* counted(): Generator<Piece> {
      for (const piece of pieces(10, 10, 10)) {
        read += 1;
        yield piece;
      }
    }
    expect(ids(mapSpans(counted(), [{ start: 4, end: 10 }]))).toEqual([0]);
    expect(read).toBe(1);
  });

  it.each<[string, Span[], boolean]>([
    ['no span before the node', [{ start: 300, end: 305 }], false],
    ['only a span that starts where the node starts', [{ start: 200, end: 205 }], false],
    [
      'a span ending just before it',
      [
        { start: 190, end: 199 },
        { start: 300, end: 305 },
      ],
      true,
    ],
    ['a span running into it', [{ start: 195, end: 205 }], true],
    [
      `a span ending more than ${NAME_REACH} characters before it`,
      [
        { start: 100, end: 200 - NAME_REACH },
        { start: 300, end: 305 },
      ],
      false,
    ],
    [
      `a span ending ${NAME_REACH - 1} characters before it`,
      [
        { start: 100, end: 201 - NAME_REACH },
        { start: 300, end: 305 },
      ],
      true,
    ],
  ])('tells a node whether a name may run into it from before: %s', (_case, spans, before) => {
    // Nodes: [0, 200) and [200, 400).
    const found = mapSpans(pieces(200, 200), spans);
    const second = found.find((c) => ids([c])[0] === 1);
    expect(second?.spanBefore).toBe(before);
  });
});

describe('mayCrossJoin', () => {
  const node = {} as Text;
  it.each<[string, Span[] | null, boolean | undefined, number, boolean]>([
    ['a name in the middle of a long node', [{ start: 200, end: 205 }], false, 400, false],
    ['a span near the end', [{ start: 390, end: 395 }], false, 400, true],
    [`a span ending ${NAME_REACH} before the end`, [{ start: 300, end: 336 }], false, 400, false],
    [
      `a span ending ${NAME_REACH - 1} before the end`,
      [{ start: 300, end: 337 }],
      false,
      400,
      true,
    ],
    ['a span before the node', [{ start: 200, end: 205 }], true, 400, true],
    ['nothing known before the node', [{ start: 200, end: 205 }], undefined, 400, true],
    ['a short node', [{ start: 0, end: 5 }], false, 17, true],
    ['no spans (a node handed over by a change)', null, false, 400, true],
  ])('%s', (_case, spans, spanBefore, length, crosses) => {
    expect(mayCrossJoin({ node, spans, length, spanBefore }, length)).toBe(crosses);
  });

  it('assumes a node that changed since its spans were found may cross', () => {
    expect(
      mayCrossJoin(
        { node, spans: [{ start: 200, end: 205 }], length: 400, spanBefore: false },
        401,
      ),
    ).toBe(true);
  });

  it(`holds every written form of every name well within ${NAME_REACH} characters`, () => {
    const longest = Math.max(...ENTITIES.flatMap(formsOf).map((form) => form.length));
    expect(longest).toBeGreaterThan(20);
    expect(longest).toBeLessThan(40);
  });
});
