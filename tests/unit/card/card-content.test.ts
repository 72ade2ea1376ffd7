import { describe, expect, it } from 'vitest';
import { cardContent, mentionText, MAX_QUOTE_LENGTH, shorten } from '@/src/card/card-content';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { ENTITY_IDS } from '@/src/dossier/types';
import { amountText, attributionText } from '@/src/dossier/wording';

const counts = { kazakhstan: 3, tokayev: 1, almaty: 0 };
const factById = new Map(FACTS.map((fact) => [fact.id, fact]));

describe('the card content of each entity', () => {
  it.each(ENTITY_IDS)('names %s with its descriptor and the report’s date', (id) => {
    const content = cardContent(id, counts);
    expect(content.entityId).toBe(id);
    expect(content.name).toBe(ENTITY_BY_ID[id].name);
    expect(content.descriptor).toBe(ENTITY_BY_ID[id].descriptor);
    expect(content.dateline).toBe('From a news report of 7 January 2022');
  });

  it.each(ENTITY_IDS)('lists 2 to 4 facts about %s, never the descriptor fact', (id) => {
    const { facts } = cardContent(id, counts);
    expect(facts.length).toBeGreaterThanOrEqual(2);
    expect(facts.length).toBeLessThanOrEqual(4);
    for (const fact of facts) {
      const source = factById.get(fact.id);
      expect(source?.entities).toContain(id);
      expect(fact.id).not.toBe(ENTITY_BY_ID[id].descriptorFact);
      expect(fact.attribution).toBe(source && attributionText(source.attribution));
    }
  });

  it.each(ENTITY_IDS)('shows the facts of %s in the order of the report', (id) => {
    const order = cardContent(id, counts).facts.map((fact) =>
      FACTS.findIndex((f) => f.id === fact.id),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('cuts a statement at its figures, each with its hedge', () => {
    const toll = cardContent('kazakhstan', counts).facts.find((f) => f.id === 'officials-toll');
    expect(toll?.runs).toEqual([
      { text: 'The riots left ', strong: false },
      { text: 'dozens', strong: true },
      { text: ' dead and ', strong: false },
      { text: 'more than 1,000', strong: true },
      { text: ' injured.', strong: false },
    ]);
  });

  it.each(ENTITY_IDS)('never drops a hedge from a figure on the card of %s', (id) => {
    for (const fact of cardContent(id, counts).facts) {
      const shown = fact.runs.filter((run) => run.strong).map((run) => run.text.toLowerCase());
      for (const figure of factById.get(fact.id)?.figures ?? []) {
        if (figure.kind === 'day') continue;
        expect(shown).toContain(amountText(figure).toLowerCase());
      }
    }
  });

  it('shows a relative date as the editor’s reading of a calendar date', () => {
    const riots = cardContent('almaty', counts).facts.find((f) => f.id === 'almaty-riots-thursday');
    expect(riots?.when).toBe('Thursday, 6 January 2022 (editor’s reading)');
    const sunday = FACTS.filter((fact) => fact.id === 'protests-since-sunday');
    const card = cardContent('kazakhstan', counts, sunday, {
      ...ENTITY_BY_ID.kazakhstan,
      descriptorFact: 'none',
    });
    expect(card.facts[0]?.when).toBe('Sunday, 2 January 2022 (editor’s reading)');
    expect(JSON.stringify(card)).not.toContain('day of the month');
  });

  it('warns that figures from different sources may overlap, where a card mixes them', () => {
    expect(cardContent('kazakhstan', counts).figuresNote).toBe(
      'Figures from different sources; they may overlap.',
    );
    expect(cardContent('almaty', counts).figuresNote).toBeUndefined();
  });

  it.each(ENTITY_IDS)('quotes the report verbatim and briefly for %s', (id) => {
    const { quote, sourceFactId } = cardContent(id, counts);
    expect(quote).toBeDefined();
    if (!quote) return;
    expect(quote.text.length).toBeLessThan(MAX_QUOTE_LENGTH);
    expect(factById.get(quote.factId)?.quote).toContain(quote.text);
    const source = factById.get(quote.factId);
    expect(quote.attribution).toBe(source && attributionText(source.attribution));
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
    expect(shorten('In Almaty, the economic capital', 40)).toEqual({
      text: 'In Almaty, the economic capital',
      shortened: false,
    });
  });

  it('cuts a long one at a word boundary, leaving room for the ellipsis', () => {
    const short = shorten('In Almaty, the economic capital and where the clashes were', 24);
    expect(short).toEqual({ text: 'In Almaty, the economic', shortened: true });
    expect(short.text.length).toBeLessThan(24);
  });
});
