import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { ENTITIES, ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS, REPORT_DATE } from '@/src/dossier/facts';
import { formatDate } from '@/src/dossier/dates';
import { findNumbers } from '@/src/dossier/numbers';
import { ENTITY_IDS } from '@/src/dossier/types';
import { attributionText } from '@/src/dossier/wording';
import {
  MIN_FACTS_PER_ENTITY,
  validateAttributions,
  validateDateReadings,
  validateStatementWording,
  validateDossier,
  validateEntityFacts,
  validateFactIds,
  validateFactText,
  validateFigures,
  validateNumberCoverage,
  validateQuotes,
  validateSentenceCoverage,
} from '@/src/dossier/validate';

describe('the bundled facts', () => {
  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'quotes %s verbatim from the report, once',
    (_id, fact) => {
      expect(validateQuotes([fact], ARTICLE)).toEqual([]);
    },
  );

  it.each(FACTS.map((fact) => [fact.id, fact] as const))(
    'gives %s a statement, an attribution and figures taken from its quote',
    (_id, fact) => {
      expect([...validateFactText([fact]), ...validateFigures([fact])]).toEqual([]);
    },
  );

  it('has unique kebab-case ids', () => {
    expect(validateFactIds(FACTS)).toEqual([]);
  });

  it('turns every number the report writes into a figure', () => {
    // Parsed from the text, so an edit to the report cannot slip past the facts.
    expect(findNumbers(ARTICLE).map((n) => n.text)).toContain('20,000');
    expect(validateNumberCoverage(FACTS, ARTICLE)).toEqual([]);
  });

  it('covers every sentence of the report', () => {
    expect(validateSentenceCoverage(FACTS, ARTICLE)).toEqual([]);
  });

  it.each(ENTITY_IDS)(`gives %s at least ${MIN_FACTS_PER_ENTITY} facts`, (id) => {
    expect(FACTS.filter((fact) => fact.entities.includes(id)).length).toBeGreaterThanOrEqual(
      MIN_FACTS_PER_ENTITY,
    );
  });

  it.each(ENTITIES.map((entity) => [entity.id, entity] as const))(
    'grounds the descriptor of %s in a fact about it',
    (id, entity) => {
      const fact = FACTS.find((candidate) => candidate.id === entity.descriptorFact);
      expect(fact?.entities).toContain(id);
      expect(ENTITY_BY_ID[id]).toBe(entity);
    },
  );

  it('keeps sources apart: the ministry’s 26 dead and the officials’ “dozens” are two facts', () => {
    const byId = new Map(FACTS.map((fact) => [fact.id, fact]));
    expect(attributionText(byId.get('interior-ministry-toll')!.attribution)).toBe(
      'the Interior Ministry',
    );
    expect(attributionText(byId.get('officials-toll')!.attribution)).toBe('officials (not named)');
    expect(byId.get('officials-toll')?.figures?.[0]).toMatchObject({
      asWritten: 'dozens',
      kind: 'killed',
      qualifier: 'dozens',
    });
  });

  it.each([
    ['report-date', 'today', 'Friday, 7 January 2022'],
    ['allied-troops-arrived', 'yesterday', 'Thursday, 6 January 2022'],
    ['protests-since-sunday', 'last Sunday (2)', 'Sunday, 2 January 2022'],
    ['almaty-riots-thursday', 'Thursday', 'Thursday, 6 January 2022'],
  ])('reads the relative date of %s (“%s”) as %s, against the report date', (id, words, date) => {
    expect(REPORT_DATE).toBe('2022-01-07');
    const reading = FACTS.find((fact) => fact.id === id)?.dateReading;
    expect(reading?.words).toBe(words);
    expect(formatDate(reading?.date ?? '')).toBe(date);
  });

  it('checks attributions, wording and dates of every fact', () => {
    expect(validateAttributions(FACTS, ARTICLE)).toEqual([]);
    expect(validateStatementWording(FACTS, ARTICLE)).toEqual([]);
    expect(validateDateReadings(FACTS, REPORT_DATE)).toEqual([]);
  });

  it('passes every check at once', () => {
    expect(validateEntityFacts(ENTITIES, FACTS)).toEqual([]);
    expect(validateDossier({ entities: ENTITIES, facts: FACTS, article: ARTICLE })).toEqual([]);
  });
});
