import { describe, expect, it } from 'vitest';
import { keyFacts, rankFacts } from '@/src/card/key-facts';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import type { Entity, Fact, Figure } from '@/src/dossier/types';

const ids = (facts: readonly Fact[]) => facts.map((fact) => fact.id);

describe('the facts each card lists, by the documented rule', () => {
  it.each([
    // The report's main figures, all four, from three sources.
    [
      'kazakhstan',
      ['interior-ministry-toll', 'officials-toll', 'security-forces-toll', 'arrests-2300'],
    ],
    // Facts about Tokayev himself; Nazarbayev's rule only mentions him.
    ['tokayev', ['open-fire-without-warning', 'no-negotiations', 'bad-guys-20000']],
    // "Almaty is the economic capital" is inside the descriptor fact's quote: left out.
    ['almaty', ['almaty-forces-ensure-order', 'almaty-riots-thursday']],
  ] as const)('%s', (id, expected) => {
    expect(ids(keyFacts(ENTITY_BY_ID[id], FACTS))).toEqual(expected);
  });

  it('keeps the security forces’ toll on the Kazakhstan card, not the date “(2)”', () => {
    const chosen = ids(keyFacts(ENTITY_BY_ID.kazakhstan, FACTS));
    expect(chosen).toContain('security-forces-toll');
    expect(chosen).not.toContain('protests-since-sunday');
  });

  it('does not lead the Tokayev card with a fact about Nazarbayev', () => {
    expect(ids(rankFacts(ENTITY_BY_ID.tokayev, FACTS))).not.toContain('nazarbayev-rule');
  });
});

describe('choosing key facts', () => {
  const entity: Entity = { ...ENTITY_BY_ID.almaty, descriptorFact: 'd' };
  const fact = (id: string, extra: Partial<Fact> = {}): Fact => ({
    id,
    entities: ['almaty'],
    statement: `${id}.`,
    attribution: { kind: 'report' },
    category: 'security',
    quote: `quote of ${id}`,
    ...extra,
  });
  const count: Figure = { asWritten: '5', value: 5, kind: 'count', counts: 'things' };
  const killed: Figure = { ...count, kind: 'killed' };
  const day: Figure = { asWritten: '2', value: 2, kind: 'day', counts: 'day of the month' };

  it('never pads a card to 4 with facts that count nothing', () => {
    const facts = ['a', 'b', 'c', 'd2', 'e'].map((id) => fact(id));
    expect(ids(keyFacts(entity, facts))).toEqual(['a', 'b', 'c']);
  });

  it('takes the report’s main figures first, and a date is not a figure', () => {
    const facts = [
      fact('dated', { figures: [day], category: 'timeline' }),
      fact('counted', { figures: [count] }),
      fact('plain-a'),
      fact('plain-b'),
      fact('toll', { figures: [killed], category: 'casualties' }),
    ];
    expect(ids(rankFacts(entity, facts, 2))).toEqual(['toll', 'counted']);
  });

  it('favours facts chiefly about the entity over facts that only mention it', () => {
    const facts = [
      fact('mentions', { entities: ['kazakhstan', 'almaty'], figures: [count] }),
      fact('about-it', { entities: ['almaty', 'kazakhstan'] }),
    ];
    expect(ids(rankFacts(entity, facts))).toEqual(['about-it', 'mentions']);
  });

  it('varies categories before repeating one, counts first within them', () => {
    const facts = [
      fact('s1'),
      fact('s2', { figures: [count] }),
      fact('p1', { category: 'politics' }),
      fact('t1', { category: 'timeline' }),
    ];
    expect(ids(rankFacts(entity, facts))).toEqual(['s2', 'p1', 't1']);
  });

  it('shows the chosen facts in report order', () => {
    const facts = [fact('plain'), fact('toll', { figures: [killed], category: 'casualties' })];
    expect(ids(rankFacts(entity, facts))).toEqual(['toll', 'plain']);
    expect(ids(keyFacts(entity, facts))).toEqual(['plain', 'toll']);
  });

  it('leaves out facts of other entities, facts the descriptor quote holds, and the report’s own date', () => {
    const facts = [
      fact('d', { quote: 'In Almaty, the capital, where it was worst' }),
      fact('inside', { quote: 'the capital' }),
      fact('other', { entities: ['tokayev'] }),
      fact('today', { category: 'timeline', dateReading: { words: 'today', date: '2022-01-07' } }),
      fact('kept'),
    ];
    expect(ids(keyFacts(entity, facts))).toEqual(['kept']);
  });
});
