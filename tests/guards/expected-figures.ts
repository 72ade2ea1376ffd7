import type { Fact } from '../../src/dossier/types';
import { attributionText } from '../../src/dossier/wording';
import type { ExpectedFigure } from './figure-guards';

/** Kinds of figure that count something (years and days of the month date things). */
const COUNTS = new Set(['killed', 'wounded', 'arrested', 'count']);

/** Every count of the dossier, as the figures view must show it. */
export function expectedFigures(facts: readonly Fact[]): ExpectedFigure[] {
  return facts.flatMap((fact) =>
    (fact.figures ?? []).flatMap((figure, index) =>
      COUNTS.has(figure.kind)
        ? [
            {
              factId: fact.id,
              index,
              kind: figure.kind,
              asWritten: figure.asWritten,
              ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
              source: attributionText(fact.attribution),
            },
          ]
        : [],
    ),
  );
}
