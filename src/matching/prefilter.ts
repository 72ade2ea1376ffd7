import { FIRST_PASS_PLAIN } from './first-pass.generated';
import { FOLD_TRIGGER_CLASS, foldText } from './fold-text';

/**
 * The whole-page prefilter: where in a text a mention may start. Most pages name none of the
 * three, and on them one pass of this over the page's text is all the work there is.
 *
 * It runs the matcher's own first pass (the first letters of every alias, same flags), so
 * every mention starts inside one of the spans it reports; the full checks run only there.
 * Characters that folding changes (a soft hyphen, a combining mark) may sit inside a name's
 * first letters, where the first pass cannot see through them: around each cluster of them
 * the text is folded and the first pass run on the folded window. Pages full of such
 * characters (Arabic with vowel marks, Persian with zero-width non-joiners, German with soft
 * hyphens) thus still pass when they name nobody.
 *
 * It reads any text: one text node, or many joined (a page's text read in one piece). In a
 * joined text a name split across two nodes may show as a span; a span is a place to look,
 * not a mention.
 */

/** A stretch of text in which a mention may start: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Characters read on each side of a cluster of folding characters (a name's first letters). */
const FOLD_CONTEXT = 64;
/**
 * How far past `to` the text is read, as the matcher does (compile-matcher.ts): a name that
 * starts before `to` may have folding characters after it. (A name whose first letters hold
 * more folding characters than this, across the end of a piece, is not seen.)
 */
const OVERLAP = 256;

/** Finds the spans of a text where a mention may start. Pure: no DOM. */
export interface Prefilter {
  /**
   * Spans holding every place in [from, to) where a mention may start, in order of their
   * start (a span around folding characters may begin before `from` or start past `to`).
   * Reads the text no further than a little past `to`, so a huge text can be scanned a piece
   * at a time.
   */
  scan(text: string, from?: number, to?: number): Span[];
}

/** The prefilter of a first pass (`plain`: its source without captures; default: bundled). */
export function createPrefilter(plain: string = FIRST_PASS_PLAIN): Prefilter {
  // The matcher's first pass exactly (compile-matcher.ts): same source, same flags, so its
  // matches are a superset of where the matcher starts looking.
  const pattern = new RegExp(`${plain}|${FOLD_TRIGGER_CLASS}`, 'giu');
  const prefix = new RegExp(plain, 'iu');
  const isTrigger = new RegExp(`^${FOLD_TRIGGER_CLASS}$`, 'u');
  const trigger = new RegExp(FOLD_TRIGGER_CLASS, 'gu');

  /**
   * The window around a cluster of folding characters starting at `at`: each one found within
   * FOLD_CONTEXT of the last joins the cluster (up to `limit`), and the window reaches
   * FOLD_CONTEXT past the first and the last. Any name's first letters with one of these
   * characters inside lie wholly in the window of its cluster.
   */
  function clusterWindow(text: string, at: number, limit: number): Span {
    let last = at;
    for (;;) {
      const reach = Math.min(text.length, last + 1 + FOLD_CONTEXT, limit);
      trigger.lastIndex = 0;
      const next = trigger.exec(text.slice(last + 1, reach));
      if (!next) break;
      last += 1 + next.index;
    }
    return {
      start: Math.max(0, at - FOLD_CONTEXT),
      end: Math.min(text.length, last + 1 + FOLD_CONTEXT),
    };
  }

  function scan(text: string, from = 0, to = text.length): Span[] {
    const limit = Math.min(text.length, to + OVERLAP);
    // A prefix of the text (a cheap slice) keeps the search from running on to its end.
    const bounded = limit < text.length ? text.slice(0, limit) : text;
    const spans: Span[] = [];
    let folded = -1; // folding characters before this were checked with their cluster
    let sorted = true;
    pattern.lastIndex = from;
    // Past `to`, only folding characters still matter: a name starting before `to` may hold one.
    for (let match = pattern.exec(bounded); match; match = pattern.exec(bounded)) {
      const start = match.index;
      if (!isTrigger.test(match[0])) {
        if (start < to) spans.push({ start, end: start + match[0].length });
        continue;
      }
      if (start < folded) continue;
      const window = clusterWindow(text, start, limit);
      folded = window.end;
      if (prefix.test(foldText(text, window.start, window.end).text)) {
        sorted &&= spans.length === 0 || (spans[spans.length - 1]?.start ?? 0) <= window.start;
        spans.push(window);
      }
    }
    return sorted ? spans : spans.sort((a, b) => a.start - b.start);
  }

  return { scan };
}
