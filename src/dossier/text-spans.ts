/** A half-open range of character offsets, `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where `quote` first occurs in `text`, or undefined when it does not (or is empty). */
export function locateQuote(text: string, quote: string): TextRange | undefined {
  if (quote.length === 0) return undefined;
  const start = text.indexOf(quote);
  return start < 0 ? undefined : { start, end: start + quote.length };
}

/** How many times `needle` occurs in `text`, overlapping occurrences included. */
export function countOccurrences(text: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** The paragraphs of a text (separated by blank lines), trimmed, with their offsets. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t\r]*\n))*/g)) {
    const content = match[0].trimEnd();
    ranges.push({ start: match.index, end: match.index + content.length });
  }
  return ranges;
}

// A sentence ends at . ! ? or …, then any closing quotes or brackets, then white space. The
// report's "(…)" marks an elision inside a quote, so a bare ellipsis only ends a sentence at the
// end of a paragraph; no abbreviation with a full stop occurs in the report.
const SENTENCE_END = /[.!?]+[”’"')\]]*\s+/g;

/** The sentences of a text, paragraph by paragraph, with their offsets. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const paragraph of paragraphRanges(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of body.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].trimEnd().length;
      ranges.push({ start: paragraph.start + start, end: paragraph.start + end });
      start = match.index + match[0].length;
    }
    if (start < body.length) ranges.push({ start: paragraph.start + start, end: paragraph.end });
  }
  return ranges;
}
