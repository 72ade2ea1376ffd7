import { describe, expect, it } from 'vitest';
import {
  hasLongRun,
  isLongLine,
  lineBreakingOf,
  LONG_LINE,
  paintWindow,
  WINDOW_CAP,
  WINDOW_MARGIN,
  type WhiteSpaceStyle,
} from '@/src/page/line-window';

const line = (length: number) => 'x'.repeat(length);

describe('line breaking from the computed style', () => {
  it.each<[string, WhiteSpaceStyle, boolean, boolean]>([
    ['normal', { whiteSpace: 'normal' }, true, false],
    ['pre', { whiteSpace: 'pre' }, false, true],
    ['nowrap', { whiteSpace: 'nowrap' }, false, false],
    ['pre-wrap', { whiteSpace: 'pre-wrap' }, true, true],
    ['pre-line', { whiteSpace: 'pre-line' }, true, true],
    ['break-spaces', { whiteSpace: 'break-spaces' }, true, true],
    ['no style at all', {}, true, false],
    [
      'longhands: nowrap, collapse',
      { textWrapMode: 'nowrap', whiteSpaceCollapse: 'collapse' },
      false,
      false,
    ],
    [
      'longhands: nowrap, preserve',
      { textWrapMode: 'nowrap', whiteSpaceCollapse: 'preserve' },
      false,
      true,
    ],
    [
      'longhands win over the shorthand',
      { whiteSpace: 'pre', textWrapMode: 'wrap', whiteSpaceCollapse: 'collapse' },
      true,
      false,
    ],
    [
      'empty longhands fall back to the shorthand',
      { whiteSpace: 'pre', textWrapMode: '', whiteSpaceCollapse: '' },
      false,
      true,
    ],
  ])('%s', (_name, style, wraps, keepsBreaks) => {
    expect(lineBreakingOf(style)).toEqual({ wraps, keepsBreaks });
  });
});

describe('a run without a line break', () => {
  it.each<[string, string, boolean, boolean]>([
    ['short text is never long', line(LONG_LINE - 1), false, false],
    ['one long run, breaks kept', line(LONG_LINE), true, true],
    ['one long run, breaks collapsed', line(LONG_LINE), false, true],
    ['short lines, breaks kept', `${line(80)}\n`.repeat(200), true, false],
    ['short lines, breaks collapsed: one line', `${line(80)}\n`.repeat(200), false, true],
    ['a long last line after short ones', `${line(80)}\n${line(LONG_LINE)}`, true, true],
    ['a long first line before short ones', `${line(LONG_LINE)}\r\n${line(80)}`, true, true],
    ['carriage returns break lines too', `${line(80)}\r`.repeat(200), true, false],
  ])('%s', (_name, text, keepsBreaks, long) => {
    expect(hasLongRun(text, keepsBreaks)).toBe(long);
  });
});

describe('which text is a long line', () => {
  it.each<[string, string, WhiteSpaceStyle, boolean]>([
    ['one line in a <pre>', line(LONG_LINE), { whiteSpace: 'pre' }, true],
    ['one line under nowrap', line(LONG_LINE), { whiteSpace: 'nowrap' }, true],
    [
      'lines under nowrap still collapse into one',
      `${line(80)}\n`.repeat(200),
      { whiteSpace: 'nowrap' },
      true,
    ],
    [
      'a <pre> with a break every 80 characters',
      `${line(80)}\n`.repeat(200),
      { whiteSpace: 'pre' },
      false,
    ],
    ['wrapping text', line(LONG_LINE * 3), { whiteSpace: 'normal' }, false],
    ['pre-wrap text', line(LONG_LINE * 3), { whiteSpace: 'pre-wrap' }, false],
  ])('%s', (_name, text, style, long) => {
    expect(isLongLine(text, style)).toBe(long);
  });
});

describe('the mentions painted on a long line', () => {
  // A mention every 100 characters: 0, 100, 200, …
  const starts = Array.from({ length: 10_000 }, (_, i) => i * 100);

  it('paints those within the margin of the visible part', () => {
    const { first, end } = paintWindow(starts, 500_000, 500_150, 1_000, 1_000);
    expect(starts[first]).toBe(499_000);
    expect(starts[end - 1]).toBe(501_100);
  });

  it.each([
    ['the line’s start', 0, 150],
    ['its middle', 500_000, 500_150],
    ['its end', 999_800, 999_950],
  ])('paints at most the cap, nearest the visible part first, at %s', (_name, from, to) => {
    const { first, end } = paintWindow(starts, from, to, 50_000);
    expect(end - first).toBe(WINDOW_CAP);
    const middle = (from + to) / 2;
    // Every mention left out is farther from the middle than every one painted.
    const farthestIn = Math.max(
      Math.abs((starts[first] ?? 0) - middle),
      Math.abs((starts[end - 1] ?? 0) - middle),
    );
    const nearestOut = Math.min(
      Math.abs((starts[first - 1] ?? Infinity) - middle),
      Math.abs((starts[end] ?? Infinity) - middle),
    );
    expect(nearestOut).toBeGreaterThanOrEqual(farthestIn);
    expect(starts[first]).toBeLessThanOrEqual(to);
    expect(starts[end - 1]).toBeGreaterThanOrEqual(from);
  });

  it.each([
    ['no mention near', [0, 100_000], 50_000, 50_100, 0],
    ['no mentions at all', [], 0, 100, 0],
    ['a few, all painted', [10, 500, 900], 0, 100, 3],
    ['just past the margin', [10, 100 + WINDOW_MARGIN + 1], 0, 100, 1],
  ])('%s: %s', (_name, at, from, to, painted) => {
    const { first, end } = paintWindow(at, from, to);
    expect(end - first).toBe(painted);
  });
});
