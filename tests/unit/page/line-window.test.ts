import { describe, expect, it } from 'vitest';
import {
  hasLongRun,
  isLongLine,
  lineBreakingOf,
  lineStarts,
  offsetsInView,
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

describe('where the view falls on a long line', () => {
  it.each<[string, string, boolean, number[]]>([
    ['one line under collapsing white space', 'ab\ncd\nef', false, [0]],
    ['lines kept', 'ab\ncd\nef', true, [0, 3, 6]],
    ['a break at the end', 'ab\n', true, [0, 3]],
    ['carriage returns', 'ab\r\ncd', true, [0, 3, 4]],
  ])('line starts: %s', (_name, text, keepsBreaks, starts) => {
    expect(lineStarts(text, keepsBreaks)).toEqual(starts);
  });

  // One line of 100,000 characters, 10 px each, starting 5,000 px left of the viewport.
  const line = {
    left: -5_000,
    top: 100,
    charWidth: 10,
    lineHeight: 20,
    starts: [0],
    length: 100_000,
  };
  // Three lines of 1,000 characters (and their breaks).
  const lines = { ...line, left: 0, starts: [0, 1_001, 2_002], length: 3_002 };

  it.each<
    [
      string,
      typeof line,
      { left: number; top: number; right: number; bottom: number },
      { from: number; to: number } | undefined,
    ]
  >([
    [
      'the part of one line in view',
      line,
      { left: 0, top: 0, right: 1_000, bottom: 700 },
      { from: 500, to: 600 },
    ],
    ['the line above the view', line, { left: 0, top: 200, right: 1_000, bottom: 700 }, undefined],
    ['the line below the view', line, { left: 0, top: 0, right: 1_000, bottom: 50 }, undefined],
    ['an empty view', line, { left: 500, top: 0, right: 500, bottom: 700 }, undefined],
    [
      'rows of a multi-line text',
      lines,
      { left: 0, top: 125, right: 100, bottom: 139 },
      { from: 1_001, to: 1_011 },
    ],
    [
      'from the second line to the third',
      lines,
      { left: 20, top: 125, right: 50, bottom: 165 },
      { from: 1_003, to: 2_007 },
    ],
  ])('%s', (_name, layout, view, expected) => {
    expect(offsetsInView(layout, view)).toEqual(expected);
  });

  it('clamps a column past a line’s end to that line', () => {
    expect(
      offsetsInView(
        { ...line, left: 0, length: 50 },
        { left: 0, top: 0, right: 1_000, bottom: 700 },
      ),
    ).toEqual({ from: 0, to: 50 });
  });
});
