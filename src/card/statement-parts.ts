import type { Figure } from '../dossier/types';

/** A figure as the card shows it: the number as written and what it counts. */
export interface CardFigure {
  /** As written in the report: "20,000", "dozens". */
  asWritten: string;
  /** What is counted: "people arrested". */
  counts: string;
  /** How the report hedges it ("about", "more than", "dozens"). */
  qualifier?: Figure['qualifier'];
}

/** A run of a statement: plain text, or a figure to emphasise. */
export type StatementPart = string | { figure: CardFigure };

/** A statement cut into text and figures, plus the figures the statement does not spell out. */
export interface StatementSplit {
  parts: StatementPart[];
  /** Figures not found in the statement's words (e.g. "Sunday (2)" reads "since Sunday"). */
  loose: CardFigure[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A figure written as a whole number in text: "2" must not match inside "2,300" or "1.2", and
 * "dozens" not inside another word (JS `\b` is ASCII-only, so check letters and digits).
 */
function figurePattern(asWritten: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}]|[\\p{N}][.,])${escapeRegExp(asWritten)}(?![\\p{L}\\p{N}]|[.,][\\p{N}])`,
    'gu',
  );
}

/** Keeps only what the card shows of a figure (drops the numeric value). */
export function cardFigure(figure: Figure): CardFigure {
  const shown: CardFigure = { asWritten: figure.asWritten, counts: figure.counts };
  if (figure.qualifier) shown.qualifier = figure.qualifier;
  return shown;
}

/**
 * Cuts `statement` at its figures, in the order the figures are given (each is searched after
 * the one before, so "26 … and 18" finds both even when a number repeats), so the card can
 * emphasise them without parsing numbers in the view.
 */
export function splitStatement(statement: string, figures: readonly Figure[] = []): StatementSplit {
  const parts: StatementPart[] = [];
  const loose: CardFigure[] = [];
  let from = 0;
  for (const figure of figures) {
    const pattern = figurePattern(figure.asWritten);
    pattern.lastIndex = from;
    const found = pattern.exec(statement);
    if (!found) {
      loose.push(cardFigure(figure));
      continue;
    }
    if (found.index > from) parts.push(statement.slice(from, found.index));
    parts.push({ figure: cardFigure(figure) });
    from = found.index + found[0].length;
  }
  if (from < statement.length) parts.push(statement.slice(from));
  return { parts, loose };
}
