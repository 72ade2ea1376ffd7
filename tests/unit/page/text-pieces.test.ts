import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { compileMatcher, type Matcher } from '../../../src/matching/compile-matcher';
import { createPrefilter } from '../../../src/matching/prefilter';
import { PIECE, TextPieces } from '../../../src/page/text-pieces';

const matcher = compileMatcher(ENTITIES);
const filler = 'the talks went on. '.repeat(Math.ceil((PIECE * 10) / 19)).slice(0, PIECE * 10);
/** Ten pieces of prose with a name planted at each of `at`. */
const textWith = (at: number[]) =>
  at.reduce((text, i) => text.slice(0, i) + ' Almaty ' + text.slice(i + 8), filler);

/** Runs a search to its end; returns the mentions' starts and the ranges the matcher read. */
function drain(text: string, spans: boolean) {
  const reads: [number, number][] = [];
  const counting: Matcher = {
    ...matcher,
    find: (t, from = 0, to = t.length) => {
      reads.push([from, to]);
      return matcher.find(t, from, to);
    },
  };
  const where = spans ? createPrefilter().scan(text) : null;
  const pieces = new TextPieces(text, counting, where);
  let steps = 1;
  let found = pieces.searchNext();
  for (; !found; steps += 1) found = pieces.searchNext();
  return { starts: found.map((m) => m.start), reads, steps };
}

describe('text pieces', () => {
  const planted = [5, PIECE * 3 + 100, PIECE * 3 + 200, PIECE * 9];

  it.each([false, true])('finds every mention of a huge text (spans: %s)', (spans) => {
    expect(drain(textWith(planted), spans).starts).toEqual(planted.map((at) => at + 1));
  });

  it('reads no more than a piece per search when searching the whole text', () => {
    const { reads, steps } = drain(textWith(planted), false);
    expect(steps).toBe(10);
    expect(reads.every(([from, to]) => to - from <= PIECE)).toBe(true);
  });

  it('searches only where the prefilter found something, nearby spans in one step', () => {
    const { reads, steps } = drain(textWith(planted), true);
    expect(reads).toHaveLength(planted.length);
    expect(reads.every(([from, to]) => to - from < 16)).toBe(true);
    expect(steps).toBe(3);
  });
});
