import { describe, expect, it } from 'vitest';
import {
  factLength,
  keyFacts,
  MAX_FACT_CHARACTERS,
  MAX_KEY_FACTS,
  MIN_KEY_FACTS,
  rankFacts,
} from '@/src/card/key-facts';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import type { Entity, Fact, Figure } from '@/src/dossier/types';

const ids = (facts: readonly Fact[]) => facts.map((fact) => fact.id);

describe('the facts each card lists, by the documented rule', () => {
  it.each([
    // Three of the report's main figures, from three sources, within the card's length.
    ['kazakhstan', ['interior-ministry-toll', 'officials-toll', 'arrests-2300']],
    // Facts about Tokayev himself, his own words before the editor's reading of "According to
    // him"; Nazarbayev's rule only mentions him.
    ['tokayev', ['open-fire-without-warning', 'no-negotiations']],
    // "Almaty is the economic capital" is inside the descriptor fact's quote: left out.
    ['almaty', ['almaty-forces-ensure-order', 'almaty-riots-thursday']],
  ] as const)('%s', (id, expected) => {
    expect(ids(keyFacts(ENTITY_BY_ID[id], FACTS))).toEqual(expected);
  });

  it('ranks the security forces’ toll above the date “(2)” on the Kazakhstan card', () => {
    const ranked = ids(rankFacts(ENTITY_BY_ID.kazakhstan, FACTS, 10, Infinity));
    const firstFour = ranked.slice(0, 4);
    expect(firstFour).toContain('security-forces-toll');
    expect(firstFour).not.toContain('protests-since-sunday');
  });

  it.each(['kazakhstan', 'tokayev', 'almaty'] as const)(
    'keeps the %s card within its length budget, two facts at least',
    (id) => {
      const chosen = keyFacts(ENTITY_BY_ID[id], FACTS);
      expect(chosen.length).toBeGreaterThanOrEqual(MIN_KEY_FACTS);
      expect(chosen.length).toBeLessThanOrEqual(MAX_KEY_FACTS);
      const length = chosen.reduce((sum, fact) => sum + factLength(fact), 0);
      expect(length).toBeLessThanOrEqual(MAX_FACT_CHARACTERS);
    },
  );

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

  it('never pads a card beyond 3 with facts that count nothing', () => {
    const facts = ['a', 'b', 'c', 'd2', 'e'].map((id) => fact(id));
    expect(ids(rankFacts(entity, facts, 5))).toEqual(['a', 'b', 'c']);
  });

  it('skips a fact that would make the card too long, and takes a shorter one after it', () => {
    const long = 'x'.repeat(100);
    const facts = [
      fact('a', { statement: long }),
      fact('b', { statement: long }),
      fact('long', { statement: long }),
      fact('short', { statement: 'Short.' }),
    ];
    expect(ids(rankFacts(entity, facts, 3, 240))).toEqual(['a', 'b', 'short']);
  });

  it('lists two facts whatever their length', () => {
    const long = 'x'.repeat(300);
    const facts = [fact('a', { statement: long }), fact('b', { statement: long })];
    expect(ids(rankFacts(entity, facts, 3, 100))).toEqual(['a', 'b']);
  });

  it('prefers a fact whose speaker the report names to the editor’s reading of a pronoun', () => {
    const facts = [
      fact('read', {
        attribution: { kind: 'reading', source: 'tokayev', words: 'According to him', why: '.' },
      }),
      fact('named', {
        attribution: { kind: 'named', source: 'tokayev', namedBy: 'Tokayev said' },
      }),
    ];
    expect(ids(rankFacts(entity, facts))).toEqual(['named', 'read']);
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
