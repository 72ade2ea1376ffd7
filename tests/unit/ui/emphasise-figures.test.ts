import { describe, expect, it } from 'vitest';
import { FACTS } from '@/src/dossier/facts';
import type { Figure } from '@/src/dossier/types';
import { emphasiseFigures } from '@/src/ui/emphasise-figures';

const figure = (asWritten: string, qualifier?: Figure['qualifier']): Figure => ({
  asWritten,
  kind: 'count',
  counts: 'things',
  ...(qualifier ? { qualifier } : {}),
});
const strong = (statement: string, figures: Figure[]) =>
  emphasiseFigures(statement, figures)
    .filter((run) => run.strong)
    .map((run) => run.text);

describe('emphasiseFigures', () => {
  it.each([
    ['26 dead and 18 wounded', [figure('26'), figure('18')], ['26', '18']],
    ['About 2,300 people', [figure('2,300', 'about')], ['About 2,300']],
    [
      'dozens dead, more than 1,000 injured',
      [figure('dozens', 'dozens'), figure('1,000', 'more than')],
      ['dozens', 'more than 1,000'],
    ],
    ['from 1989 to 2019', [figure('1989'), figure('2019')], ['1989', '2019']],
    ['18 dead, then 26 and 18 wounded', [figure('26'), figure('18')], ['26', '18']],
    ['18 in 2018 and the 18th', [figure('18')], ['18']],
    ['2,300 arrested', [figure('2')], []],
    ['Up 1.2 points', [figure('2')], []],
    ['Dozensfold', [figure('dozens', 'dozens')], []],
    ['since Sunday', [{ ...figure('2'), kind: 'day' as const }], []],
    ['no figures', [], []],
  ])('in %j emphasises %j as %j', (statement, figures, expected) => {
    expect(strong(statement, figures)).toEqual(expected);
  });

  it('finds repeated numbers in the order of the figures', () => {
    expect(
      emphasiseFigures('18 dead, then 26 and 18 wounded', [figure('26'), figure('18')]),
    ).toEqual([
      { text: '18 dead, then ', strong: false },
      { text: '26', strong: true },
      { text: ' and ', strong: false },
      { text: '18', strong: true },
      { text: ' wounded', strong: false },
    ]);
  });

  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'keeps the text of %s whole',
    (_, fact) => {
      const runs = emphasiseFigures(fact.statement, fact.figures);
      expect(runs.map((run) => run.text).join('')).toBe(fact.statement);
    },
  );
});
