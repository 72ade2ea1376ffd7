import { describe, expect, it, vi } from 'vitest';
import { hasLongRun, lineStarts } from '../../../src/page/line-window';
import { random } from '../../bench/generate-page';

/**
 * How many characters `indexOf` and `lastIndexOf` read while `run` runs: from where each
 * search starts to where it stops (the hit, or the end of the text it searches).
 */
function charactersRead(run: () => unknown): number {
  const { indexOf, lastIndexOf } = String.prototype;
  let read = 0;
  const forward = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (
    this: string,
    search: string,
    from?: number,
  ) {
    const at = indexOf.call(this, search, from);
    read += (at < 0 ? this.length : at) - (from ?? 0);
    return at;
  });
  const backward = vi.spyOn(String.prototype, 'lastIndexOf').mockImplementation(function (
    this: string,
    search: string,
    from?: number,
  ) {
    const at = lastIndexOf.call(this, search, from);
    read += Math.min(from ?? this.length, this.length) - at;
    return at;
  });
  try {
    run();
  } finally {
    forward.mockRestore();
    backward.mockRestore();
  }
  return read;
}

/** The plain rule: some line, between breaks, is at least `limit` characters long. */
const longestLine = (text: string) => Math.max(...text.split(/[\n\r]/).map((l) => l.length));

describe('finding a long line reads the text a bounded number of times', () => {
  it.each([
    ['line feeds only (a log)', 'a short line of a log\n'],
    ['carriage returns only', 'a short line of a log\r'],
    ['both', 'a short line of a log\r\n'],
  ])('%s: each character a few times at most, whatever the number of lines', (_what, line) => {
    const text = line.repeat(50_000); // ~1.1 MB, no line as long as a long line
    expect(hasLongRun(text, true)).toBe(false);
    expect(charactersRead(() => hasLongRun(text, true))).toBeLessThanOrEqual(4 * text.length);
    expect(lineStarts(text, true)).toHaveLength(line.length === 23 ? 100_001 : 50_001);
    expect(charactersRead(() => lineStarts(text, true))).toBeLessThanOrEqual(2 * text.length);
  });

  it.each([
    ['only breaks', '\n\r\n'.repeat(10), 1, false],
    ['one character between breaks', 'x\n'.repeat(10), 1, true],
    ['a run of the limit between two offsets looked at', 'xx\nxxx\nx', 3, true],
    ['runs one short of the limit', 'xx\nxx\rxx\r\nxx', 3, false],
  ])('%s', (_what, text, limit, long) => {
    expect(hasLongRun(text, true, limit)).toBe(long);
  });

  it('agrees with the plain rule on every text of short lines, breaks and long runs', () => {
    // Seeded: texts of 0-120 characters, runs of any length, \n, \r and \r\n, limits of 1-12.
    const next = random(12345);
    for (let i = 0; i < 3_000; i += 1) {
      const limit = 1 + Math.floor(next() * 12);
      let text = '';
      const length = Math.floor(next() * 120);
      const breakRate = next() / 3;
      while (text.length < length) {
        const r = next();
        text += r < breakRate / 2 ? '\n' : r < breakRate ? (next() < 0.5 ? '\r' : '\r\n') : 'x';
      }
      const expected = longestLine(text) >= limit;
      expect(hasLongRun(text, true, limit), JSON.stringify({ text, limit })).toBe(expected);
    }
  });
});
