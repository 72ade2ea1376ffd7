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
    withFact('checkpoints-70', (f) => ({
      ...f,
      figures: [{ asWritten: '80', kind: 'count', counts: 'x' }],
    })),
    'fact "checkpoints-70": figure "80" is not in its quote',
  ],
  [
    'a figure with the wrong value',
    withFact('arrests-2300', (f) => ({
      ...f,
      figures: [{ asWritten: '2,300', value: 2300.5, kind: 'arrested', counts: 'x' }],
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
    withFact('officials-toll', (f) => ({
      ...f,
      attribution: { kind: 'named', source: 'officials', namedBy: ' ' },
    })),
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
  // Attributions (issue 13): a pronoun never names a source.
  [
    'a "he added" sentence attributed to Tokayev on the strength of the pronoun',
    withFact('almaty-forces-ensure-order', (f) => ({
      ...f,
      attribution: { kind: 'named', source: 'tokayev', namedBy: 'he added' },
    })),
    'fact "almaty-forces-ensure-order": "he added" does not name Tokayev',
  ],
  [
    'a "he added" sentence attributed to Tokayev with words from another sentence',
    withFact('almaty-forces-ensure-order', (f) => ({
      ...f,
      attribution: { kind: 'named', source: 'tokayev', namedBy: 'Tokayev said in a statement' },
    })),
    'fact "almaty-forces-ensure-order": its sentence names the speaker only as "he added"',
  ],
  [
    'a quote of an unnamed speaker given as the report’s own voice',
    withFact('almaty-forces-ensure-order', (f) => ({ ...f, attribution: { kind: 'report' } })),
    'fact "almaty-forces-ensure-order": its sentence names the speaker only as "he added"',
  ],
  [
    'an unnamed speaker named in the statement',
    withFact('almaty-forces-ensure-order', (f) => ({
      ...f,
      statement: `Tokayev said that ${f.statement.charAt(0).toLowerCase()}${f.statement.slice(1)}`,
    })),
    'fact "almaty-forces-ensure-order": statement names "Tokayev", but the report does not',
  ],
  [
    '"According to him" attributed to Tokayev without the editor’s-reading label',
    withFact('bad-guys-20000', (f) => ({
      ...f,
      attribution: { kind: 'named', source: 'tokayev', namedBy: 'According to him' },
    })),
    'fact "bad-guys-20000": "According to him" does not name Tokayev',
  ],
  [
    '"He also thanked" read as Tokayev without a label',
    withFact('thanks-putin', (f) => ({ ...f, attribution: { kind: 'report' } })),
    'fact "thanks-putin": its sentence names the speaker only as "He also thanked"',
  ],
  [
    '"It also confirmed" attributed to the Interior Ministry without a label',
    withFact('buildings-liberated', (f) => ({
      ...f,
      attribution: { kind: 'named', source: 'interior-ministry', namedBy: 'It also confirmed' },
    })),
    'fact "buildings-liberated": "It also confirmed" does not name the Interior Ministry',
  ],
  [
    'an editor’s reading without a reason',
    withFact('bad-guys-20000', (f) =>
      f.attribution.kind === 'reading' ? { ...f, attribution: { ...f.attribution, why: ' ' } } : f,
    ),
    'fact "bad-guys-20000": the editor\'s reading of "According to him" gives no reason',
  ],
  [
    'attribution words that are not in the sentence',
    withFact('shoot-to-kill-order', (f) => ({
      ...f,
      attribution: { kind: 'named', source: 'tokayev', namedBy: 'Tokayev said on television' },
    })),
    'fact "shoot-to-kill-order": attribution words "Tokayev said on television" are not in its sentence',
  ],
  // Wording (issue 13): statements add nothing to their quotes and drop no hedge.
  [
    'a statement that says "still" where the report says "always"',
    withFact('local-bodies-in-control', (f) => ({
      ...f,
      statement:
        'Tokayev said local bodies are in control, though “terrorists” still use weapons and damage property.',
    })),
    'fact "local-bodies-in-control": statement adds "still"',
  ],
  [
    'a statement that drops "about" from a figure',
    withFact('arrests-2300', (f) => ({ ...f, statement: '2,300 people were arrested.' })),
    'fact "arrests-2300": statement does not say "about 2,300"',
  ],
  [
    'a statement that drops "more than" from a figure',
    withFact('officials-toll', (f) => ({
      ...f,
      statement: 'The riots left dozens dead and 1,000 injured.',
    })),
    'fact "officials-toll": statement drops "more than"',
  ],
  [
    'quotation marks around words the report does not have',
    withFact('no-negotiations', (f) => ({ ...f, statement: 'Tokayev vowed to “wipe out” them.' })),
    'fact "no-negotiations": “wipe out” is in quotation marks but not in the report',
  ],
  // Dates (issue 13): relative dates are read, and read right.
  [
    'a relative date left unread',
    withFact('allied-troops-arrived', ({ dateReading: _, ...f }) => f),
    'fact "allied-troops-arrived": "yesterday" in its quote is not read as a date',
  ],
  [
    '"last Sunday (2)" read as a Monday',
    withFact('protests-since-sunday', (f) => ({
      ...f,
      dateReading: { words: 'last Sunday (2)', date: '2022-01-03' },
    })),
    'fact "protests-since-sunday": date reading: 2022-01-03 is not a Sunday',
  ],
  [
    '"today" read as another day than the report’s',
    withFact('report-date', (f) => ({ ...f, dateReading: { words: 'today', date: '2022-01-06' } })),
    'fact "report-date": date reading: "today" is the report’s date',
  ],
  [
    'a day of the month with no date reading',
    withFact('protests-since-sunday', (f) => ({
      ...f,
      quote: 'A protest movement has swept the country since last Sunday (2)',
      dateReading: undefined,
    })),
    'fact "protests-since-sunday": day "2" is not read as a date',
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
