import { describe, expect, it } from 'vitest';
import { cardContent } from '@/src/card/card-content';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { ENTITY_IDS } from '@/src/dossier/types';
import { amountText, attributionText } from '@/src/dossier/wording';

const factById = new Map(FACTS.map((fact) => [fact.id, fact]));

describe('the card content of each entity', () => {
  it.each(ENTITY_IDS)('names %s with its descriptor and the report’s date', (id) => {
    const content = cardContent(id);
    expect(content.entityId).toBe(id);
    expect(content.name).toBe(ENTITY_BY_ID[id].name);
    expect(content.descriptor.text).toBe(ENTITY_BY_ID[id].descriptor);
    expect(content.dateline).toBe('From a news report of 7 January 2022');
  });

  it.each(ENTITY_IDS)('lists 2 or 3 facts about %s, never the descriptor fact', (id) => {
    const { facts } = cardContent(id);
    expect(facts.length).toBeGreaterThanOrEqual(2);
    expect(facts.length).toBeLessThanOrEqual(3);
    for (const fact of facts) {
      const source = factById.get(fact.id);
      expect(source?.entities).toContain(id);
      expect(fact.id).not.toBe(ENTITY_BY_ID[id].descriptorFact);
      expect(fact.attribution).toBe(source && attributionText(source.attribution));
    }
  });

  it.each(ENTITY_IDS)('shows the facts of %s in the order of the report', (id) => {
    const order = cardContent(id).facts.map((fact) => FACTS.findIndex((f) => f.id === fact.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('cuts a statement at its figures, each with its hedge', () => {
    const toll = cardContent('kazakhstan').facts.find((f) => f.id === 'officials-toll');
    expect(toll?.runs).toEqual([
      { text: 'The riots left ', strong: false },
      { text: 'dozens', strong: true },
      { text: ' dead and ', strong: false },
      { text: 'more than 1,000', strong: true },
      { text: ' injured.', strong: false },
    ]);
  });

  it.each(ENTITY_IDS)('never drops a hedge from a figure on the card of %s', (id) => {
    for (const fact of cardContent(id).facts) {
      const shown = fact.runs.filter((run) => run.strong).map((run) => run.text.toLowerCase());
      for (const figure of factById.get(fact.id)?.figures ?? []) {
        if (figure.kind === 'day') continue;
        expect(shown).toContain(amountText(figure).toLowerCase());
      }
    }
  });

  it('shows a relative date as the editor’s reading of a calendar date', () => {
    const riots = cardContent('almaty').facts.find((f) => f.id === 'almaty-riots-thursday');
    expect(riots?.when).toBe('Thursday, 6 January 2022 (editor’s reading)');
    const sunday = FACTS.filter((fact) => fact.id === 'protests-since-sunday');
    const card = cardContent('kazakhstan', sunday, {
      ...ENTITY_BY_ID.kazakhstan,
      descriptorFact: 'none',
    });
    expect(card.facts[0]?.when).toBe('Sunday, 2 January 2022 (editor’s reading)');
    expect(JSON.stringify(card)).not.toContain('day of the month');
  });

  it('warns that figures from different sources may overlap, where a card mixes them', () => {
    expect(cardContent('kazakhstan').figuresNote).toBe(
      'Figures from different sources; they may overlap.',
    );
    expect(cardContent('almaty').figuresNote).toBeUndefined();
  });

  it.each(ENTITY_IDS)(
    'grounds the line under the name of %s in its sentence, linked as the report says it',
    (id) => {
      const { descriptor, sourceFactId } = cardContent(id);
      const entity = ENTITY_BY_ID[id];
      const source = factById.get(descriptor.factId);
      expect(descriptor.text).toBe(entity?.descriptor);
      expect(descriptor.factId).toBe(entity?.descriptorFact);
      expect(descriptor.attribution).toBe(source && attributionText(source.attribution));
      expect(sourceFactId).toBe(descriptor.factId);
    },
  );

  it.each([
    ['ru', 'kazakhstan', 'interior-ministry-toll', true],
    ['ru', 'kazakhstan', 'officials-toll', false],
    ['kk', 'tokayev', 'no-negotiations', true],
    ['kk', 'tokayev', 'open-fire-without-warning', false],
    ['ru', 'almaty', 'almaty-forces-ensure-order', true],
    ['kk', 'almaty', 'almaty-riots-thursday', false],
    ['en', 'kazakhstan', 'interior-ministry-toll', false],
  ] as const)(
    'a %s card of %s showing only %s says its quoted words are the report’s English: %s',
    (language, id, factId, expected) => {
      const only = FACTS.filter((fact) => fact.id === factId);
      const content = cardContent(id, only, ENTITY_BY_ID[id], language);
      expect(content.facts.map((fact) => fact.id)).toEqual([factId]);
      const quoted = content.facts.some((f) => `${f.statement} ${f.attribution}`.includes('«'));
      expect(quoted).toBe(expected);
      expect(content.quotesNote !== undefined).toBe(expected);
    },
  );

  it.each([
    [
      'the descriptor’s fact is not the first',
      ['interior-ministry-toll', 'tokayev-president'],
      'the report',
    ],
    ['the descriptor’s fact is missing', ['interior-ministry-toll'], 'the report'],
    ['only an attributed fact is given', ['bad-guys-20000'], 'the report'],
  ])('grounds the line under the name in its own fact when %s', (_what, ids, shown) => {
    const facts = ids.flatMap((id) => FACTS.filter((fact) => fact.id === id));
    expect(cardContent('tokayev', facts).descriptor.attribution).toBe(shown);
  });

  it('attributes the line under the name as its own fact is attributed', () => {
    const facts = FACTS.filter((f) =>
      ['tokayev-president', 'interior-ministry-toll'].includes(f.id),
    );
    const entity = { ...ENTITY_BY_ID.kazakhstan, descriptorFact: 'interior-ministry-toll' };
    expect(cardContent('kazakhstan', facts, entity).descriptor.attribution).toBe(
      'the Interior Ministry',
    );
  });

  it('is deterministic', () => {
    expect(cardContent('kazakhstan')).toEqual(cardContent('kazakhstan'));
  });
});
