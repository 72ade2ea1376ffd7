import type { Fact } from './types';

/** What the report says Tokayev said and did (paragraphs 1 to 7 of the report). */
export const PRESIDENT_FACTS: readonly Fact[] = [
  {
    id: 'tokayev-president',
    entities: ['tokayev', 'kazakhstan'],
    statement: 'Kassym Jomart Tokayev is the President of Kazakhstan.',
    attribution: 'the report',
    category: 'politics',
    quote: 'Kazakhstan’s President, Kassym Jomart Tokayev',
  },
  {
    id: 'report-date',
    entities: ['tokayev'],
    statement: 'Tokayev made his announcement on the day of the report.',
    attribution: 'the report',
    category: 'timeline',
    quote: 'announced today',
    editorsReading: '“Today” is 7 January 2022, the date of the report.',
  },
  {
    id: 'open-fire-without-warning',
    entities: ['tokayev', 'kazakhstan'],
    statement:
      'Tokayev authorised law enforcement agencies to open fire without warning to end the protests.',
    attribution: 'Tokayev, in an announcement',
    category: 'security',
    quote:
      'he has authorized law enforcement agencies to open fire “without warning” to end the protests',
  },
  {
    id: 'shoot-to-kill-order',
    entities: ['tokayev'],
    statement: 'Tokayev said he gave the order to shoot to kill without warning.',
    attribution: 'Tokayev, in a televised speech',
    category: 'security',
    quote: 'I gave the order to shoot to kill without warning',
  },
  {
    id: 'no-negotiations',
    entities: ['tokayev'],
    statement:
      'Tokayev rejected any negotiations and promised to “eliminate” the “bad guys” behind the riots.',
    attribution: 'Tokayev',
    category: 'politics',
    quote:
      'Tokayev rejected any negotiations and promised to “eliminate” the “bad guys” who caused the riots',
  },
  {
    id: 'bad-guys-20000',
    entities: ['tokayev'],
    statement: 'Tokayev puts the “bad guys” at about 20,000 people with a “clear plan”.',
    figures: [
      { asWritten: '20,000', value: 20_000, counts: 'people behind the riots', qualifier: 'about' },
    ],
    attribution: 'Tokayev (“according to him”)',
    category: 'security',
    quote: 'there are about “20,000” people, with a “clear plan”',
  },
  {
    id: 'thanks-putin',
    entities: ['tokayev'],
    statement: 'Tokayev thanked Russian President Vladimir Putin for sending troops.',
    attribution: 'the report',
    category: 'politics',
    quote: 'He also thanked Russian President Vladimir Putin for sending troops into the country',
  },
  {
    id: 'days-of-protests',
    entities: ['kazakhstan'],
    statement: 'The protests had lasted days and were unprecedented.',
    attribution: 'the report',
    category: 'timeline',
    quote: 'after days of unprecedented protests',
  },
  {
    id: 'constitutional-order-restored',
    entities: ['tokayev', 'kazakhstan'],
    statement: 'Tokayev said constitutional order had been largely restored in all regions.',
    attribution: 'Tokayev, in a statement',
    category: 'politics',
    quote:
      'The forces of order are working hard. Constitutional order has been largely restored in all regions',
  },
  {
    id: 'operations-continue',
    entities: ['tokayev', 'kazakhstan'],
    statement: 'Tokayev said security operations would continue until the militants are destroyed.',
    attribution: 'Tokayev, in a statement',
    category: 'security',
    quote: 'security operations would continue “until the total destruction of the militants.”',
  },
  {
    id: 'local-bodies-in-control',
    entities: ['tokayev', 'kazakhstan'],
    statement:
      'Tokayev said local bodies are in control, though “terrorists” still use weapons and damage property.',
    attribution: 'Tokayev (“continued the president”)',
    category: 'politics',
    quote:
      'Local bodies are in control of the situation, but terrorists always use weapons and cause damage to citizens’ property',
  },
];
