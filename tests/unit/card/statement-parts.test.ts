import { describe, expect, it } from 'vitest';
import { splitStatement } from '@/src/card/statement-parts';

const fig = (asWritten: string, counts = 'things') => ({ asWritten, counts });

describe('splitting a statement at its figures', () => {
  it('finds the figures in order, even where a number repeats', () => {
    const { parts, loose } = splitStatement('18 dead, then 26 and 18 wounded.', [
      fig('26'),
      fig('18'),
    ]);
    expect(parts).toEqual([
      '18 dead, then ',
      { figure: fig('26') },
      ' and ',
      { figure: fig('18') },
      ' wounded.',
    ]);
    expect(loose).toEqual([]);
  });

  it.each([
    ['inside a larger number', 'About 2,300 people.', '2'],
    ['inside a decimal', 'Up 1.2 points.', '2'],
    ['inside a word', 'Dozensfold.', 'dozens'],
    ['absent from the words', 'Since Sunday.', '2'],
  ])('does not match a figure %s, and lists it as loose', (_why, statement, asWritten) => {
    const { parts, loose } = splitStatement(statement, [fig(asWritten)]);
    expect(parts).toEqual([statement]);
    expect(loose).toEqual([fig(asWritten)]);
  });

  it('keeps the hedge of a figure', () => {
    const figure = {
      asWritten: '1,000',
      value: 1000,
      counts: 'injured',
      qualifier: 'more than' as const,
    };
    expect(splitStatement('more than 1,000 injured', [figure]).parts).toEqual([
      'more than ',
      { figure: { asWritten: '1,000', counts: 'injured', qualifier: 'more than' } },
      ' injured',
    ]);
  });

  it('returns a statement without figures whole', () => {
    expect(splitStatement('No numbers here.')).toEqual({ parts: ['No numbers here.'], loose: [] });
  });
});
