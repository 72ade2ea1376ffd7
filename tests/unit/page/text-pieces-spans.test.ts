// Searching a huge text at the prefilter's spans: one piece's length of spans per step, and
// never again inside a mention found already (overlapping spans).
import { describe, expect, it } from 'vitest';
import type { Matcher } from '@/src/matching/compile-matcher';
import type { Mention } from '@/src/matching/types';
import { PIECE, TextPieces } from '@/src/page/text-pieces';

/** A matcher that knows where its mentions are and records every search it is asked for. */
function recordingMatcher(mentions: Mention[]) {
  const searches: [number, number][] = [];
  const matcher = {
    find(_text: string, from = 0, to = Infinity) {
      searches.push([from, to]);
      return mentions.filter((m) => m.start >= from && m.start < to);
    },
  } as unknown as Matcher;
  return { matcher, searches };
}

const mention = (start: number, end: number): Mention => ({ start, end, entityId: 'almaty' });

/** Steps until the search is done, and what it found. */
function run(pieces: TextPieces) {
  for (let steps = 1; steps < 100; steps += 1) {
    const found = pieces.searchNext();
    if (found) return { steps, found };
  }
  throw new Error('the search never ended');
}

describe('searching spans of a huge text', () => {
  it('searches the spans that start within one piece of the first in one step, the next later', () => {
    const text = 'x'.repeat(3 * PIECE);
    const { matcher } = recordingMatcher([]);
    const within = [
      { start: 0, end: 10 },
      { start: PIECE - 1, end: PIECE + 9 },
    ];
    expect(run(new TextPieces(text, matcher, within)).steps).toBe(1);
    const next = [
      { start: 0, end: 10 },
      { start: PIECE, end: PIECE + 10 },
    ];
    expect(run(new TextPieces(text, matcher, next)).steps).toBe(2);
  });

  it('does not search again inside a mention that ran past its span', () => {
    const long = mention(5, 30);
    const { matcher, searches } = recordingMatcher([long]);
    const spans = [
      { start: 0, end: 20 },
      { start: 10, end: 25 }, // wholly inside the mention found from the first span
      { start: 12, end: 30 }, // ends where the mention ends
      { start: 26, end: 40 }, // starts inside it, runs on past it
    ];
    const { found } = run(new TextPieces('x'.repeat(100), matcher, spans));
    expect(found).toEqual([long]);
    expect(searches).toEqual([
      [0, 20],
      [30, 40],
    ]);
  });
});
