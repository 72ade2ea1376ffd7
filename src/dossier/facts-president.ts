import type { Fact } from './types';

/** What the report says Tokayev said and did (paragraphs 1 to 7 of the report). */
export const PRESIDENT_FACTS: readonly Fact[] = [
  {
    id: 'tokayev-president',
    entities: ['tokayev', 'kazakhstan'],
    statement: 'Kassym Jomart Tokayev is the President of Kazakhstan.',
    attribution: { kind: 'report' },
    category: 'politics',
    quote: 'Kazakhstan’s President, Kassym Jomart Tokayev',
  },
  {
    id: 'report-date',
    entities: ['tokayev'],
    statement: 'Tokayev made his announcement on the day of the report.',
    attribution: { kind: 'report' },
    category: 'timeline',
    quote: 'announced today',
    dateReading: { words: 'today', date: '2022-01-07' },
  },
  {
    id: 'open-fire-without-warning',
    entities: ['tokayev', 'kazakhstan'],
    statement:
      'Tokayev announced that he had authorised law enforcement agencies to open fire “without warning” to end the protests.',
    attribution: { kind: 'named', source: 'tokayev', namedBy: 'Kassym Jomart Tokayev, announced' },
    category: 'security',
    quote:
      'he has authorized law enforcement agencies to open fire “without warning” to end the protests',
  },
  {
    id: 'shoot-to-kill-order',
    entities: ['tokayev'],
    statement: 'Tokayev said he gave the order to shoot to kill without warning.',
    attribution: {
      kind: 'named',
      source: 'tokayev',
      namedBy: 'Tokayev said in a televised speech',
      context: 'in a televised speech',
    },
    category: 'security',
    quote: 'I gave the order to shoot to kill without warning',
  },
  {
    id: 'no-negotiations',
    entities: ['tokayev'],
    statement:
      'Tokayev rejected any negotiations and promised to “eliminate” the “bad guys” who caused the riots.',
    attribution: { kind: 'named', source: 'tokayev', namedBy: 'Tokayev rejected' },
    category: 'politics',
    quote:
      'Tokayev rejected any negotiations and promised to “eliminate” the “bad guys” who caused the riots',
  },
  {
    id: 'bad-guys-20000',
    entities: ['tokayev'],
    statement: 'Tokayev puts the “bad guys” at about 20,000 people with a “clear plan”.',
    figures: [
      {
        asWritten: '20,000',
        value: 20_000,
        kind: 'count',
        counts: 'people who caused the riots (the “bad guys”)',
        qualifier: 'about',
      },
    ],
    attribution: {
      kind: 'reading',
      source: 'tokayev',
      words: 'According to him',
      why: 'The sentence before is about Tokayev, and names no one else.',
    },
    category: 'security',
    quote: 'there are about “20,000” people, with a “clear plan”',
  },
  {
    id: 'thanks-putin',
    entities: ['tokayev'],
    statement:
      'Tokayev thanked Russian President Vladimir Putin for sending troops into the country.',
    attribution: {
      kind: 'reading',
      source: 'tokayev',
      words: 'He also thanked',
      why: 'The paragraph before is about Tokayev, and names no one else.',
    },
    category: 'politics',
    quote: 'He also thanked Russian President Vladimir Putin for sending troops into the country',
  },
  {
    id: 'days-of-protests',
    entities: ['kazakhstan'],
    statement: 'The protests had lasted days and were unprecedented.',
    attribution: { kind: 'report' },
    category: 'timeline',
    quote: 'after days of unprecedented protests',
  },
  {
    id: 'constitutional-order-restored',
    entities: ['tokayev', 'kazakhstan'],
    statement: 'Tokayev said constitutional order had been largely restored in all regions.',
    attribution: {
      kind: 'named',
      source: 'tokayev',
      namedBy: 'Tokayev said in a statement',
      context: 'in a statement',
    },
    category: 'politics',
    quote:
      'The forces of order are working hard. Constitutional order has been largely restored in all regions',
  },
  {
    id: 'operations-continue',
    entities: ['tokayev', 'kazakhstan'],
    statement:
      'Tokayev said security operations would continue “until the total destruction of the militants”.',
    attribution: {
      kind: 'named',
      source: 'tokayev',
      namedBy: 'Tokayev said in a statement, adding',
      context: 'in a statement',
    },
    category: 'security',
    quote: 'security operations would continue “until the total destruction of the militants.”',
  },
  {
    id: 'local-bodies-in-control',
    entities: ['tokayev', 'kazakhstan'],
    // The report's "always", not "still": the statement keeps the president's own claim.
    statement:
      'Tokayev said local bodies are in control of the situation, but that terrorists “always use weapons and cause damage to citizens’ property”.',
    attribution: { kind: 'named', source: 'tokayev', namedBy: 'continued the president' },
    category: 'politics',
    quote:
      'Local bodies are in control of the situation, but terrorists always use weapons and cause damage to citizens’ property',
  },
];
