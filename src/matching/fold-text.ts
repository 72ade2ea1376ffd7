/**
 * Text as pages write it, folded to text as aliases are written, with an exact way back.
 *
 * Folding removes what does not change how a name reads: soft hyphens (which German news sites
 * put inside long words), zero-width spaces and joiners, bidirectional marks, the Arabic
 * tatweel, and the vowel points of Hebrew and Arabic; and it composes combining marks with
 * their letter (NFC), so "Kazajista\u0301n" reads as "Kazajistán". Everything else is copied.
 *
 * Offsets are kept as a short sorted list of edits rather than a table per character, so a
 * 10 MB text with one soft hyphen costs one edit. The input may be any string: a text node,
 * or several text nodes joined (the offsets then map back into the joined string).
 */

/** Characters removed by folding (one regex class, global). */
const REMOVED =
  '\\u00ad\\u034f\\u061c\\u0640\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff' +
  '\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7\\u064b-\\u065f\\u0670';
/** Combining marks that NFC may compose with the letter before them. */
// U+0345 (the Greek iota subscript) is left out: a case-insensitive pattern would take it
// for the letter iota, and stop at every ι.
const COMPOSING = '\\u0300-\\u0344\\u0346-\\u036f\\u3099\\u309a\\u1161-\\u11c2';

/**
 * A class holding every character folding may change (and a few neighbours it leaves alone,
 * such as the Hebrew maqaf): a text without one folds to itself. Few, wide ranges keep it
 * cheap as a branch of the main pattern, where narrow ranges cost RegExp speed.
 */
export const FOLD_TRIGGER_CLASS =
  '[\\u00ad\\u0300-\\u0344\\u0346-\\u036f\\u0591-\\u05c7\\u061c\\u0640\\u064b-\\u065f\\u0670\\u1161-\\u11c2' +
  '\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\u3099\\u309a\\ufeff]';
// These classes list combining marks on their own on purpose (each is a character to fold),
// which the lint rule against marks combined with a preceding class member cannot tell.
/* eslint-disable no-misleading-character-class */
const FOLD_TRIGGER = new RegExp(FOLD_TRIGGER_CLASS);
const TRIGGERS = new RegExp(`[${REMOVED}]+|[${COMPOSING}]+`, 'g');
const IS_REMOVED = new RegExp(`^[${REMOVED}]`);
/* eslint-enable no-misleading-character-class */

/** A folded text and the way from its offsets back to the original's. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** Original offset of the folded character at `index` (or of the end, at `text.length`). */
  toOriginalStart(index: number): number;
  /** Original offset just after the folded character at `index - 1`: the end of a range. */
  toOriginalEnd(index: number): number;
  /** The first folded offset whose character starts at or after original offset `offset`. */
  fromOriginal(offset: number): number;
}

/** Whether folding `text` (or its part [start, end)) would change anything. */
export function needsFolding(text: string, start = 0, end = text.length): boolean {
  return FOLD_TRIGGER.test(start === 0 && end === text.length ? text : text.slice(start, end));
}

/** Binary search: the last index of `list` whose value is <= `value`, or -1. */
function lastAtMost(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Folds `original[start, end)`. Offsets of the result map to offsets in `original` (not in
 * the slice), so a caller can fold a window around the part it searches.
 */
export function foldText(original: string, start = 0, end = original.length): FoldedText {
  // Each edit: folded [fStart, fEnd) stands for original [oStart, oEnd). A removal has
  // fStart === fEnd. Between edits, folded and original offsets differ by a constant.
  const fStart: number[] = [];
  const fEnd: number[] = [];
  const oStart: number[] = [];
  const oEnd: number[] = [];
  const edit = (foldedFrom: number, foldedTo: number, from: number, to: number) => {
    fStart.push(foldedFrom);
    fEnd.push(foldedTo);
    oStart.push(start + from);
    oEnd.push(start + to);
  };
  // Search the window alone: a search of the whole string would run past `end` each time.
  const source = start === 0 && end === original.length ? original : original.slice(start, end);
  let text = '';
  let copied = 0;
  TRIGGERS.lastIndex = 0;
  for (let hit = TRIGGERS.exec(source); hit; hit = TRIGGERS.exec(source)) {
    const runEnd = hit.index + hit[0].length;
    if (IS_REMOVED.test(hit[0])) {
      text += source.slice(copied, hit.index);
      edit(text.length, text.length, hit.index, runEnd);
      copied = runEnd;
      continue;
    }
    // Compose the marks with the letter before them (two units if it is a surrogate pair).
    const low = source.charCodeAt(hit.index - 1);
    const base = Math.max(copied, hit.index - (low >= 0xdc00 && low <= 0xdfff ? 2 : 1));
    const segment = source.slice(base, runEnd);
    const composed = segment.normalize('NFC');
    if (composed === segment) continue;
    text += source.slice(copied, base);
    edit(text.length, text.length + composed.length, base, runEnd);
    text += composed;
    copied = runEnd;
  }
  text += source.slice(copied);

  const toOriginalStart = (index: number): number => {
    const k = lastAtMost(fStart, index);
    if (k < 0) return start + index;
    const from = fStart[k] ?? 0;
    const to = fEnd[k] ?? 0;
    if (index >= to) return (oEnd[k] ?? 0) + (index - to);
    // Inside a composed segment: its first character starts it; the others have no exact
    // original offset and take the segment's last unit (never the start of a mention).
    return index === from ? (oStart[k] ?? 0) : (oEnd[k] ?? 0) - 1;
  };
  const toOriginalEnd = (index: number): number => {
    if (index <= 0) return start;
    const k = lastAtMost(fStart, index - 1);
    // The last character closes a composed segment: the mention ends with the segment.
    if (index === fEnd[k]) return oEnd[k] ?? 0;
    return toOriginalStart(index - 1) + 1;
  };
  const fromOriginal = (offset: number): number => {
    const k = lastAtMost(oStart, offset - 1);
    if (k < 0) return Math.max(0, offset - start);
    const to = fEnd[k] ?? 0;
    const edited = oEnd[k] ?? 0;
    return offset < edited ? to : to + (offset - edited);
  };
  return { text, toOriginalStart, toOriginalEnd, fromOriginal };
}
