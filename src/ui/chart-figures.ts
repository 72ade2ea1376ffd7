import type { Fact, Figure } from '../dossier/types';

/** One figure of the casualties and arrests chart, with what it counts and who says so. */
export interface ChartFigure {
  /** The fact it comes from (its sentence is `#fact-<id>` on the source page). */
  factId: string;
  /** Numeric value; absent for vague amounts ("dozens"), which are listed but not drawn. */
  value?: number;
  /** The amount as a reader should see it, hedge included: "about 2,300", "dozens". */
  amount: string;
  /** What is counted: "security forces wounded". */
  counts: string;
  /** Who says so, as the fact attributes it. */
  source: string;
}

// Arrests are filed under "security" in the dossier, so they are picked by what they count.
const ARRESTS = /\barrest/i;

/** A figure as written, with its hedge: "about 2,300", "more than 1,000", "26", "dozens". */
export function amountOf(figure: Figure): string {
  const { qualifier, asWritten } = figure;
  // "dozens" is both the qualifier and the amount as written.
  return qualifier && qualifier !== 'dozens' ? `${qualifier} ${asWritten}` : asWritten;
}

/**
 * Every casualty figure and every arrest figure of `facts`, in report order. Figures from
 * different sources stay apart: each keeps the attribution of its own fact.
 */
export function chartFigures(facts: readonly Fact[]): ChartFigure[] {
  return facts.flatMap((fact) =>
    (fact.figures ?? [])
      .filter((figure) => fact.category === 'casualties' || ARRESTS.test(figure.counts))
      .map((figure) => ({
        factId: fact.id,
        ...(figure.value === undefined ? {} : { value: figure.value }),
        amount: amountOf(figure),
        counts: figure.counts,
        source: fact.attribution,
      })),
  );
}

/** The same figure in one sentence, for text alternatives: "about 2,300 people arrested (the report)". */
export function describeFigure(figure: ChartFigure): string {
  return `${figure.amount} ${figure.counts} (source: ${figure.source})`;
}
