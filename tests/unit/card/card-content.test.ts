import { describe, expect, it } from 'vitest';
import { cardContent, mentionText, MAX_QUOTE_LENGTH, shorten } from '@/src/card/card-content';
import { keyFacts } from '@/src/card/key-facts';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { ENTITY_IDS, type Entity, type Fact } from '@/src/dossier/types';

const counts = { kazakhstan: 3, tokayev: 1, almaty: 0 };
const factById = new Map(FACTS.map((fact) => [fact.id, fact]));

describe('the card content of each entity', () => {
  it.each(ENTITY_IDS)('names %s with its descriptor', (id) => {
    const content = cardContent(id, counts);
    expect(content.entityId).toBe(id);
    expect(content.name).toBe(ENTITY_BY_ID[id].name);
    expect(content.descriptor).toBe(ENTITY_BY_ID[id].descriptor);
  });

  it.each(ENTITY_IDS)('lists 2 to 4 facts about %s, never the descriptor fact', (id) => {
    const { facts } = cardContent(id, counts);
    expect(facts.length).toBeGreaterThanOrEqual(2);
    expect(facts.length).toBeLessThanOrEqual(4);
    for (const fact of facts) {
      expect(factById.get(fact.id)?.entities).toContain(id);
      expect(fact.id).not.toBe(ENTITY_BY_ID[id].descriptorFact);
      expect(fact.attribution).toBe(factById.get(fact.id)?.attribution);
    }
  });

  it.each([
    [
      'kazakhstan',
      ['interior-ministry-toll', 'checkpoints-70', 'protests-since-sunday', 'officials-toll'],
    ],
    ['tokayev', ['bad-guys-20000', 'nazarbayev-rule', 'open-fire-without-warning']],
    // "Almaty is the economic capital" is inside the descriptor fact's quote: left out.
    ['almaty', ['almaty-forces-ensure-order', 'almaty-riots-thursday']],
  ] as const)('picks the facts of %s by the documented rule', (id, expected) => {
    expect(cardContent(id, counts).facts.map((fact) => fact.id)).toEqual(expected);
  });

  it.each(ENTITY_IDS)('puts facts with figures first for %s', (id) => {
    const withFigures = cardContent(id, counts).facts.map((fact) => fact.figures.length > 0);
    expect(withFigures).toEqual([...withFigures].sort((a, b) => Number(b) - Number(a)));
  });

  it('keeps every figure of a fact, as written, with what it counts and its hedge', () => {
    const toll = cardContent('kazakhstan', counts).facts.find((f) => f.id === 'officials-toll');
    expect(toll?.figures).toEqual([
      { asWritten: 'dozens', counts: 'dead', qualifier: 'dozens' },
      { asWritten: '1,000', counts: 'injured', qualifier: 'more than' },
    ]);
    expect(toll?.parts).toEqual([
      'The riots left ',
      { figure: toll?.figures[0] },
      ' dead and more than ',
      { figure: toll?.figures[1] },
      ' injured.',
    ]);
  });

  it.each(ENTITY_IDS)('quotes the report verbatim and briefly for %s', (id) => {
    const { quote, sourceFactId } = cardContent(id, counts);
    expect(quote).toBeDefined();
    if (!quote) return;
    expect(quote.text.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(factById.get(quote.factId)?.quote).toContain(quote.text.replace(/…$/u, ''));
    expect(quote.attribution).toBe(factById.get(quote.factId)?.attribution);
    expect(sourceFactId).toBe(quote.factId);
  });

  it('quotes the sentence that grounds the descriptor when it is short enough', () => {
    expect(cardContent('almaty', counts).quote?.factId).toBe('almaty-most-violent-clashes');
  });

  it('is deterministic', () => {
    expect(cardContent('kazakhstan', counts)).toEqual(cardContent('kazakhstan', counts));
  });

  it.each([
    [0, '0 mentions on this page'],
    [1, '1 mention on this page'],
    [2, '2 mentions on this page'],
    [1204, '1,204 mentions on this page'],
  ])('says %i mentions as "%s"', (count, text) => {
    expect(mentionText(count)).toBe(text);
    expect(cardContent('tokayev', { tokayev: count }).mentionText).toBe(text);
  });
});

describe('shortening a quote', () => {
  it('keeps a short one whole', () => {
    expect(shorten('In Almaty, the economic capital', 40)).toBe('In Almaty, the economic capital');
  });

  it('cuts a long one at a word boundary, with an ellipsis, within the limit', () => {
    const short = shorten('In Almaty, the economic capital and where the clashes were', 24);
    expect(short).toBe('In Almaty, the economic…');
    expect(short.length).toBeLessThanOrEqual(24);
  });
});

describe('choosing key facts', () => {
  const entity: Entity = { ...ENTITY_BY_ID.almaty, descriptorFact: 'd' };
  const fact = (id: string, extra: Partial<Fact> = {}): Fact => ({
    id,
    entities: ['almaty'],
    statement: `${id}.`,
    attribution: 'the report',
    category: 'security',
    quote: `quote of ${id}`,
    ...extra,
  });
  const figure = { asWritten: '5', value: 5, counts: 'things' };

  it('never pads a card to 4 with facts that have no figures', () => {
    const facts = ['a', 'b', 'c', 'd2', 'e'].map((id) => fact(id));
    expect(keyFacts(entity, facts).map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('fills up to 4 with facts that have figures, varying their categories first', () => {
    const facts = [
      fact('s1', { figures: [figure] }),
      fact('s2', { figures: [figure] }),
      fact('c1', { figures: [figure], category: 'casualties' }),
      fact('p1', { figures: [figure], category: 'politics' }),
      fact('plain'),
    ];
    expect(keyFacts(entity, facts).map((f) => f.id)).toEqual(['c1', 's1', 'p1', 's2']);
  });

  it('prefers a plain fact of a weightier category to a date added for variety', () => {
    const facts = [
      fact('n', { figures: [figure] }),
      fact('date', { category: 'timeline' }),
      fact('measure', { category: 'security' }),
    ];
    expect(keyFacts(entity, facts).map((f) => f.id)).toEqual(['n', 'measure', 'date']);
  });

  it('leaves out facts of other entities and facts the descriptor quote already holds', () => {
    const facts = [
      fact('d', { quote: 'In Almaty, the capital, where it was worst' }),
      fact('inside', { quote: 'the capital' }),
      fact('other', { entities: ['tokayev'] }),
      fact('kept'),
    ];
    expect(keyFacts(entity, facts).map((f) => f.id)).toEqual(['kept']);
  });
});
