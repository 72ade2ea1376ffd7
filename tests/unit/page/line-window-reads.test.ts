import { describe, expect, it, vi } from 'vitest';
import { hasLongRun, lineStarts } from '../../../src/page/line-window';

/**
 * How many characters `indexOf` reads over one call of `hasLongRun`: from where each search
 * starts to where it stops (the hit, or the end of the text).
 */
function charactersRead(run: () => unknown): number {
  const indexOf = String.prototype.indexOf;
  let read = 0;
  const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (
    this: string,
    search: string,
    from?: number,
  ) {
    const at = indexOf.call(this, search, from);
    read += (at < 0 ? this.length : at) - (from ?? 0);
    return at;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return read;
}

describe('finding a long line reads the text a bounded number of times', () => {
  it.each([
    ['line feeds only (a log)', 'a short line of a log\n'],
    ['carriage returns only', 'a short line of a log\r'],
    ['both', 'a short line of a log\r\n'],
  ])('%s: each character at most twice, whatever the number of lines', (_what, line) => {
    const text = line.repeat(50_000); // ~1.1 MB, no line as long as a long line
    expect(hasLongRun(text, true)).toBe(false);
    expect(charactersRead(() => hasLongRun(text, true))).toBeLessThanOrEqual(2 * text.length);
    expect(lineStarts(text, true)).toHaveLength(line.length === 23 ? 100_001 : 50_001);
    expect(charactersRead(() => lineStarts(text, true))).toBeLessThanOrEqual(2 * text.length);
  });
});
