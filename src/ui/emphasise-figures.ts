import type { Figure } from '../dossier/types';

/** A run of a statement's text; `strong` marks a figure. */
export interface TextRun {
  text: string;
  strong: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `statement` so that each figure's number (as written) is its own run, marked strong.
 * A number counts only as a whole: the "18" of a figure is not emphasised inside "2018" or
 * "18th", and the "2" of "Sunday (2)" is not emphasised inside "2,300".
 */
export function emphasiseFigures(statement: string, figures: readonly Figure[] = []): TextRun[] {
  const written = [...new Set(figures.map((figure) => figure.asWritten))]
    .filter((text) => text !== '')
    // Longest first, so "1,000" wins over a "1" at the same place.
    .sort((a, b) => b.length - a.length)
    .map(escape);
  if (written.length === 0) return [{ text: statement, strong: false }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N},.])(?:${written.join('|')})(?![\\p{L}\\p{N}]|[,.]\\p{N})`,
    'giu',
  );
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of statement.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: statement.slice(at, match.index), strong: false });
    runs.push({ text: match[0], strong: true });
    at = match.index + match[0].length;
  }
  if (at < statement.length) runs.push({ text: statement.slice(at), strong: false });
  return runs;
}
