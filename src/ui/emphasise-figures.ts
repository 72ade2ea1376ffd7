import type { Figure } from '../dossier/types';
import type { FactWords } from '../dossier/dossier-messages';
import { amountText } from '../dossier/wording';

/** A run of a statement's text; `strong` marks a figure, its hedge included. */
export interface TextRun {
  text: string;
  strong: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A figure with its hedge ("about 2,300", "more than 1,000") as whole words: "2" does not match
 * inside "2,300" or "1.2", "18" not inside "2018" or "18th", "dozens" not inside a word (JS `\b`
 * is ASCII-only, so letters and digits are checked).
 */
function figurePattern(figure: Figure, words?: FactWords): RegExp {
  const phrase = escape(amountText(figure, words)).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${phrase}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'giu');
}

/**
 * Cuts `statement` (in the language of `words`, English by default) so that each figure, hedge
 * included, is its own strong run: a reader never sees "2,300" emphasised without its "about".
 * Figures are searched in the order given, each after the one before, so "26 … and 18" finds
 * both even when a number repeats. A day of the month is shown as a date elsewhere, not
 * emphasised here.
 */
export function emphasiseFigures(
  statement: string,
  figures: readonly Figure[] = [],
  words?: FactWords,
): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const figure of figures) {
    if (figure.kind === 'day' || figure.asWritten === '') continue;
    const pattern = figurePattern(figure, words);
    pattern.lastIndex = from;
    const found = pattern.exec(statement);
    if (!found) continue;
    if (found.index > from) runs.push({ text: statement.slice(from, found.index), strong: false });
    runs.push({ text: found[0], strong: true });
    from = found.index + found[0].length;
  }
  if (from < statement.length || runs.length === 0) {
    runs.push({ text: statement.slice(from), strong: false });
  }
  return runs;
}
