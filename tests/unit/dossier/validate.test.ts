import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { ENTITIES } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import type { Entity, Fact } from '@/src/dossier/types';
import { validateDossier, type Dossier } from '@/src/dossier/validate';

const real: Dossier = { entities: ENTITIES, facts: FACTS, article: ARTICLE };

/** A copy of the real dossier with the fact `id` changed by `change`. */
function withFact(id: string, change: (fact: Fact) => Fact | undefined): Dossier {
  const facts = FACTS.flatMap((fact) => (fact.id === id ? (change(fact) ?? []) : [fact]));
  return { ...real, facts };
}

function withEntity(id: string, change: (entity: Entity) => Entity): Dossier {
  return { ...real, entities: ENTITIES.map((e) => (e.id === id ? change(e) : e)) };
}

const mutations: [string, Dossier, string][] = [
  [
    'a quote altered by one character',
    withFact('shoot-to-kill-order', (f) => ({ ...f, quote: f.quote.replace('kill', 'kil') })),
    'fact "shoot-to-kill-order": quote not found verbatim',
  ],
  [
    'a quote with straight instead of curly quotes',
    withFact('bad-guys-20000', (f) => ({ ...f, quote: f.quote.replaceAll(/[“”]/g, '"') })),
    'fact "bad-guys-20000": quote not found verbatim',
  ],
  [
    'a quote that occurs twice in the report',
    withFact('shoot-to-kill-order', (f) => ({ ...f, quote: 'without warning' })),
    'fact "shoot-to-kill-order": quote occurs 2 times',
  ],
  ['a figure removed', withFact('arrests-2300', (f) => ({ ...f, figures: [] })), 'number "2,300"'],
  [
    'one of two equal numbers left without a figure',
    withFact('security-forces-toll', (f) => ({ ...f, figures: f.figures?.slice(1) })),
    'number "18" at offset 2241',
  ],
  [
    'a number typed into the report',
    { ...real, article: ARTICLE.replace('About 2,300', 'About 2,300 of 3,000') },
    'number "3,000"',
  ],
  [
    'a spelled-out number typed into the report',
    { ...real, article: ARTICLE.replace('70 checkpoints', '70 checkpoints and ten roadblocks') },
    'number "ten"',
  ],
  [
    'a figure that is not in its quote',
    withFact('checkpoints-70', (f) => ({ ...f, figures: [{ asWritten: '80', counts: 'x' }] })),
    'fact "checkpoints-70": figure "80" is not in its quote',
  ],
  [
    'a figure with the wrong value',
    withFact('arrests-2300', (f) => ({
      ...f,
      figures: [{ asWritten: '2,300', value: 2300.5, counts: 'x' }],
    })),
    'fact "arrests-2300": figure "2,300" has value 2300.5',
  ],
  [
    'a duplicated id',
    { ...real, facts: [...FACTS, { ...FACTS[0]!, quote: 'About 2,300 people' }] },
    'fact "tokayev-president": id is used more than once',
  ],
  [
    'an id that is not kebab-case',
    withFact('arrests-2300', (f) => ({ ...f, id: 'Arrests_2300' })),
    'fact "Arrests_2300": id is not kebab-case',
  ],
  [
    'an empty attribution',
    withFact('officials-toll', (f) => ({ ...f, attribution: ' ' })),
    'fact "officials-toll": attribution is empty',
  ],
  [
    'a sentence that no fact covers',
    withFact('curfew-and-emergency', () => undefined),
    'sentence not covered by any fact: "To control the situation',
  ],
  [
    'an entity with too few facts',
    withFact('almaty-riots-thursday', () => undefined),
    'entity "almaty": 3 facts, fewer than 4',
  ],
  [
    'a descriptor fact that does not exist',
    withEntity('tokayev', (e) => ({ ...e, descriptorFact: 'tokayev-king' })),
    'entity "tokayev": descriptorFact "tokayev-king" does not exist',
  ],
  [
    'a descriptor fact about another entity',
    withEntity('almaty', (e) => ({ ...e, descriptorFact: 'thanks-putin' })),
    'entity "almaty": descriptorFact "thanks-putin" does not concern it',
  ],
];

describe('the dossier checks', () => {
  it('find nothing wrong with the bundled dossier', () => {
    expect(validateDossier(real)).toEqual([]);
  });

  it.each(mutations)('catch %s', (_what, dossier, expected) => {
    const problems = validateDossier(dossier);
    expect(
      problems.some((problem) => problem.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});
