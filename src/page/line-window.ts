/**
 * Pure parts of painting long lines (long-lines.ts): which text lays out as a very long line,
 * and which of its mentions to paint. Blink paints the highlight ranges of one line fragment
 * together, and the cost grows with the fragment's length times its ranges: 100 ranges on one
 * 1 MB line held the first frame after painting for ~8 s (issue 15). So on such a line only
 * the mentions around its visible part are painted; counts and the index keep them all.
 */

/** A run of at least this many characters without a line break is a long line. */
export const LONG_LINE = 10_000;

/** Characters either side of the visible part of a long line whose mentions are painted too. */
export const WINDOW_MARGIN = 1_000;

/** At most this many mentions are painted on one long-line text node. */
export const WINDOW_CAP = 50;

/** The parts of a computed style that decide how text breaks into lines. */
export interface WhiteSpaceStyle {
  whiteSpace?: string;
  /** Longhand of `white-space` (Chrome 114+, Firefox 124+): `wrap` or `nowrap`. */
  textWrapMode?: string;
  /** Longhand of `white-space`: `collapse`, `preserve`, `preserve-breaks`, `break-spaces`… */
  whiteSpaceCollapse?: string;
}

/** How an element's text breaks into lines. */
export interface LineBreaking {
  /** Lines wrap at the element's width. */
  wraps: boolean;
  /** A line feed in the text starts a new line (else it is collapsed into a space). */
  keepsBreaks: boolean;
}

const KEEPS_BREAKS: ReadonlySet<string> = new Set(['pre', 'pre-wrap', 'pre-line', 'break-spaces']);

/** Reads the line breaking from the longhands where present, else from `white-space`. */
export function lineBreakingOf(style: WhiteSpaceStyle): LineBreaking {
  const words = (style.whiteSpace ?? 'normal').split(/\s+/);
  const wraps = style.textWrapMode
    ? style.textWrapMode !== 'nowrap'
    : !words.some((word) => word === 'pre' || word === 'nowrap');
  const keepsBreaks = style.whiteSpaceCollapse
    ? style.whiteSpaceCollapse !== 'collapse' && style.whiteSpaceCollapse !== 'discard'
    : words.some((word) => KEEPS_BREAKS.has(word));
  return { wraps, keepsBreaks };
}

/** Whether `text` has a run of at least `limit` characters between preserved line breaks. */
export function hasLongRun(text: string, keepsBreaks: boolean, limit = LONG_LINE): boolean {
  if (text.length < limit) return false;
  if (!keepsBreaks) return true;
  // Any `limit` characters in a row hold a multiple of `limit`: only the run around each of
  // those offsets is looked at, within `limit` either side. The text is read about twice in
  // a few calls per offset, not in a call per line (a 10 MB log has 400,000 lines).
  for (let at = 0; at < text.length; at += limit) {
    if (runAround(text, at, limit) >= limit) return true;
  }
  return false;
}

/**
 * The length of the run without a line break that holds offset `at` (0 if a break is there),
 * counted no further than `limit` characters either side of it.
 */
function runAround(text: string, at: number, limit: number): number {
  const from = Math.max(0, at - limit);
  const window = text.slice(from, at + limit);
  const here = at - from;
  const before = Math.max(window.lastIndexOf('\n', here), window.lastIndexOf('\r', here));
  if (before === here) return 0;
  const feed = window.indexOf('\n', here);
  const ret = window.indexOf('\r', here);
  const after = feed < 0 ? (ret < 0 ? window.length : ret) : ret < 0 ? feed : Math.min(feed, ret);
  return after - before - 1;
}

/**
 * The offsets of the text's line breaks (\n or \r), in order. Each kind is looked for again
 * only once passed: a search from every line would read on to the end of the text for a kind
 * it lacks (a 10 MB log without \r took 15 s), so the text is read about twice in all.
 */
function* lineBreaks(text: string): Generator<number> {
  let feed = text.indexOf('\n');
  let ret = text.indexOf('\r');
  while (feed >= 0 || ret >= 0) {
    const at = feed < 0 ? ret : ret < 0 ? feed : Math.min(feed, ret);
    yield at;
    if (at === feed) feed = text.indexOf('\n', at + 1);
    else ret = text.indexOf('\r', at + 1);
  }
}

/**
 * Whether text in this style lays out as a very long line: no wrapping, and a run of
 * {@link LONG_LINE} characters without a kept line break. (A wrapping element can still hold
 * one unbreakable word of megabytes; names need a boundary beside them, which is a break
 * opportunity, so that is not looked for.)
 */
export function isLongLine(text: string, style: WhiteSpaceStyle, limit = LONG_LINE): boolean {
  const { wraps, keepsBreaks } = lineBreakingOf(style);
  return !wraps && hasLongRun(text, keepsBreaks, limit);
}

/** Mentions `first` up to (not including) `end`, by their order in the node. */
export interface MentionSpan {
  first: number;
  end: number;
}

/**
 * The mentions to paint on a long line whose characters `from`…`to` are visible: those
 * starting within `margin` characters of that part, at most `cap` of them, nearest its middle
 * first. `starts` are the mentions' start offsets, in order.
 */
export function paintWindow(
  starts: readonly number[],
  from: number,
  to: number,
  margin = WINDOW_MARGIN,
  cap = WINDOW_CAP,
): MentionSpan {
  let first = firstAtLeast(starts, from - margin);
  let end = firstAtLeast(starts, to + margin + 1);
  const middle = (from + to) / 2;
  // Too many: drop from the end farther from the middle until `cap` are left.
  while (end - first > cap) {
    const low = middle - (starts[first] ?? middle);
    const high = (starts[end - 1] ?? middle) - middle;
    if (high >= low) end -= 1;
    else first += 1;
  }
  return { first, end };
}

/** Index of the first start at or after `offset` (binary search; `starts` is sorted). */
function firstAtLeast(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Offsets where the text's lines start: 0, then after each kept line break. */
export function lineStarts(text: string, keepsBreaks: boolean): number[] {
  const starts = [0];
  if (!keepsBreaks) return starts;
  for (const at of lineBreaks(text)) starts.push(at + 1);
  return starts;
}

/**
 * Where a long line's text lies, measured once (the box of a Range over the whole node costs
 * ~2 ms on a 1 MB line, where one caret lookup by point cost 160–680 ms, too slow to repeat on
 * every scroll).
 */
export interface TextLayout {
  /** The text's left and top edges in the viewport now. */
  left: number;
  top: number;
  /** Average width of a character on the longest line, and height of a line, in px. */
  charWidth: number;
  lineHeight: number;
  /** {@link lineStarts}. */
  starts: readonly number[];
  length: number;
}

/** A rectangle of the viewport. */
export interface ViewBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The characters at the top left and bottom right corners of `view`, estimated from the text's
 * layout (uneven character widths make it approximate: the margin around it absorbs that).
 * Undefined when no line of the text is in the view's rows.
 */
export function offsetsInView(
  layout: TextLayout,
  view: ViewBox,
): { from: number; to: number } | undefined {
  const { starts, lineHeight, charWidth } = layout;
  const lines = starts.length;
  const rowOf = (y: number) => Math.floor((y - layout.top) / Math.max(lineHeight, 1));
  const first = rowOf(view.top);
  const last = rowOf(view.bottom);
  if (last < 0 || first >= lines || view.left >= view.right) return undefined;
  const at = (row: number, x: number) => {
    const line = Math.min(Math.max(row, 0), lines - 1);
    const start = starts[line] ?? 0;
    const end = (starts[line + 1] ?? layout.length + 1) - 1;
    const column = Math.floor((x - layout.left) / Math.max(charWidth, 0.01));
    return Math.min(Math.max(start + column, start), end);
  };
  return { from: at(first, view.left), to: at(last, view.right) };
}
