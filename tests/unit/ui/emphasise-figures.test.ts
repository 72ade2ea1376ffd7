import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../src/dossier/facts';
import type { Figure } from '../../../src/dossier/types';
import { emphasiseFigures } from '../../../src/ui/emphasise-figures';

const figure = (asWritten: string): Figure => ({ asWritten, counts: 'things' });
const strong = (statement: string, written: string[]) =>
  emphasiseFigures(statement, written.map(figure))
    .filter((run) => run.strong)
    .map((run) => run.text);

describe('emphasiseFigures', () => {
  it.each([
    ['26 dead and 18 wounded', ['26', '18'], ['26', '18']],
    ['about 2,300 people', ['2,300'], ['2,300']],
    ['dozens dead, more than 1,000 injured', ['dozens', '1,000'], ['dozens', '1,000']],
    ['from 1989 to 2019', ['1989', '2019'], ['1989', '2019']],
    ['18 in 2018 and the 18th', ['18'], ['18']],
    ['2,300 arrested', ['2'], []],
    ['since Sunday', ['2'], []],
    ['no figures', [], []],
  ])('in %j emphasises %j as %j', (statement, written, expected) => {
    expect(strong(statement, written)).toEqual(expected);
  });

  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'keeps the text of %s whole',
    (_, fact) => {
      const runs = emphasiseFigures(fact.statement, fact.figures);
      expect(runs.map((run) => run.text).join('')).toBe(fact.statement);
    },
  );
});
