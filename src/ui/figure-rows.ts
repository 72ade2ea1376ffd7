import { factWords, type FactWords } from '../dossier/dossier-messages';
import type { Fact, Figure, FigureKind } from '../dossier/types';
import { amountText, attributionText, hedgedAmount, type HedgedAmount } from '../dossier/wording';

/** What a group of the figures view counts; dates and years are not counts and stay out. */
export type CountKind = Extract<FigureKind, 'killed' | 'wounded' | 'arrested' | 'count'>;

/** The groups of the figures view, in order (their headings: `figures.groups.<kind>`). */
export const FIGURE_GROUPS: readonly CountKind[] = ['killed', 'wounded', 'arrested', 'count'];

/** One figure of the report as the figures view shows it. */
export interface FigureRow {
  /** The fact it comes from (its sentence is `#fact-<id>` on the source page). */
  factId: string;
  /** Its place among the fact's figures. */
  index: number;
  kind: CountKind;
  /** The number as written: "2,300", "dozens". */
  asWritten: string;
  /** The report's hedge, shown beside the number: "about", "more than", "dozens". */
  qualifier?: Figure['qualifier'];
  /** The amount with its hedge, for text: "about 2,300". */
  amount: string;
  /** The amount and its hedge apart, in the order the language puts them. */
  hedged: HedgedAmount;
  /** Who or what was counted. */
  counts: string;
  /** The editor's reading of who was counted, where the report leaves it open. */
  countsReading?: string;
  /** Who says so, as readers see it. */
  source: string;
}

/** A heading and its figures, in report order. */
export interface FigureGroup {
  kind: CountKind;
  title: string;
  rows: FigureRow[];
}

const isCount = (kind: FigureKind): kind is CountKind => FIGURE_GROUPS.includes(kind as CountKind);

/**
 * Every count of `facts` (dates and years left out), as rows in report order, in the language
 * of `words` (`facts` already in that language: `localiseFact`).
 */
export function figureRows(
  facts: readonly Fact[],
  words: FactWords = factWords('en'),
): FigureRow[] {
  return facts.flatMap((fact) =>
    (fact.figures ?? []).flatMap((figure, index): FigureRow[] => {
      const { kind } = figure;
      if (!isCount(kind)) return [];
      return [
        {
          factId: fact.id,
          index,
          kind,
          asWritten: figure.asWritten,
          ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
          amount: amountText(figure, words),
          hedged: hedgedAmount(figure, words),
          counts: figure.counts,
          ...(figure.countsReading ? { countsReading: figure.countsReading } : {}),
          source: attributionText(fact.attribution, words),
        },
      ];
    }),
  );
}

/**
 * The rows grouped by what they count (dead, wounded or injured, arrested, other), each group
 * in report order; empty groups are left out.
 */
export function figureGroups(
  facts: readonly Fact[],
  words: FactWords = factWords('en'),
): FigureGroup[] {
  const rows = figureRows(facts, words);
  return FIGURE_GROUPS.map((kind) => ({
    kind,
    title: words.tr.t(`figures.groups.${kind}`),
    rows: rows.filter((row) => row.kind === kind),
  })).filter((group) => group.rows.length > 0);
}

/** Whether figures of one kind come from more than one source, so they may overlap. */
export function mixesSources(groups: readonly FigureGroup[]): boolean {
  return groups.some((group) => new Set(group.rows.map((row) => row.source)).size > 1);
}
