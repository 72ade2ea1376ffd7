// Choosing a card's facts at its limits: a fact that fills the length budget exactly is taken,
// and only a dating fact (not a figure dated "today") is left to the card's date line.
import { describe, expect, it } from 'vitest';
import { factLength, MIN_KEY_FACTS, rankFacts } from '@/src/card/key-facts';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { REPORT_DATE } from '@/src/dossier/report-date';

const kazakhstan = ENTITY_BY_ID.kazakhstan;

describe('the facts a card chooses, at its limits', () => {
  it('takes a fact that brings the chosen facts exactly to the length budget', () => {
    const count = MIN_KEY_FACTS + 1;
    const unbounded = rankFacts(kazakhstan, FACTS, count, Infinity);
    expect(unbounded).toHaveLength(count);
    const exact = unbounded.reduce((sum, fact) => sum + factLength(fact), 0);
    expect(rankFacts(kazakhstan, FACTS, count, exact)).toEqual(unbounded);
    expect(rankFacts(kazakhstan, FACTS, count, exact - 1)).not.toEqual(unbounded);
  });

  it('keeps a figure whose words date it to the report’s day; only a dating fact gives way', () => {
    const [figure] = rankFacts(kazakhstan, FACTS, 1, Infinity);
    expect(figure).toBeDefined();
    const datedFigure = { ...figure!, dateReading: { words: 'today', date: REPORT_DATE } };
    expect(datedFigure.category).not.toBe('timeline');
    expect(rankFacts(kazakhstan, [datedFigure], 1, Infinity)).toEqual([datedFigure]);
    const datingFact = { ...datedFigure, category: 'timeline' as const };
    expect(rankFacts(kazakhstan, [datingFact], 1, Infinity)).toEqual([]);
  });
});
