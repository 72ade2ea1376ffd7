import type { Fact } from './types';

/** Who the figures of the unrest count where the report does not say. */
const WHO_NOT_SAID = 'people in the riots; the report does not say who';

/** Tolls, security measures and background (paragraphs 8 to 14 of the report). */
export const UNREST_FACTS: readonly Fact[] = [
  {
    id: 'interior-ministry-toll',
    entities: ['kazakhstan'],
    statement: 'The Interior Ministry reported 26 “armed criminals” dead and 18 wounded.',
    figures: [
      { asWritten: '26', value: 26, kind: 'killed', counts: '“armed criminals”' },
      {
        asWritten: '18',
        value: 18,
        kind: 'wounded',
        counts: 'not said in the report',
        countsReading: 'the sentence most naturally means the same “armed criminals”',
      },
    ],
    attribution: {
      kind: 'named',
      source: 'interior-ministry',
      namedBy: 'The Interior Ministry reported',
    },
    category: 'casualties',
    quote: 'The Interior Ministry reported that 26 “armed criminals” died and 18 were wounded',
  },
  {
    id: 'buildings-liberated',
    entities: ['kazakhstan'],
    statement: 'All administrative buildings were “liberated and placed under greater protection”.',
    attribution: {
      kind: 'reading',
      source: 'interior-ministry',
      words: 'It also confirmed',
      why: 'The sentence before is the Interior Ministry’s.',
    },
    category: 'security',
    quote: 'all administrative buildings were “liberated and placed under greater protection”',
  },
  {
    id: 'checkpoints-70',
    entities: ['kazakhstan'],
    statement: '70 checkpoints were installed in the country, according to a statement.',
    figures: [
      { asWritten: '70', value: 70, kind: 'count', counts: 'checkpoints installed in the country' },
    ],
    attribution: {
      kind: 'reading',
      source: 'interior-ministry',
      words: 'It also confirmed',
      why: 'The sentence before is the Interior Ministry’s.',
    },
    category: 'security',
    quote: 'with 70 checkpoints installed in the country, according to a statement',
  },
  {
    id: 'almaty-economic-capital',
    entities: ['almaty'],
    statement: 'Almaty is the economic capital of Kazakhstan.',
    attribution: { kind: 'report' },
    category: 'politics',
    quote: 'In Almaty, the economic capital',
  },
  {
    // Deliberately overlaps the fact above: the source page must anchor both.
    id: 'almaty-most-violent-clashes',
    entities: ['almaty'],
    statement: 'The clashes were most violent in Almaty.',
    attribution: { kind: 'report' },
    category: 'security',
    quote: 'In Almaty, the economic capital and where the clashes were most violent',
  },
  {
    id: 'almaty-forces-ensure-order',
    entities: ['almaty'],
    statement:
      'In Almaty, security and military forces ensure public order, protect strategic infrastructure and clean the streets.',
    // The report writes only "he added". The paragraph before is the Interior Ministry's ("It"),
    // the president is last named two paragraphs up: who "he" is, the report does not say.
    attribution: { kind: 'unnamed', words: 'he added' },
    category: 'security',
    quote:
      'the security forces and the military forces (…) ensure public order, the protection of strategic infrastructure and the cleaning of the streets',
  },
  {
    id: 'allied-troops-arrived',
    entities: ['kazakhstan'],
    statement: 'Russian and other allied troops arrived in the country to support the government.',
    attribution: { kind: 'report' },
    category: 'security',
    quote:
      'Russian and other allied troops arrived yesterday in this former Soviet republic to support the government',
    dateReading: { words: 'yesterday', date: '2022-01-06' },
  },
  {
    id: 'curfew-and-emergency',
    entities: ['kazakhstan'],
    statement:
      'To control the situation, a curfew was imposed and a state of emergency was declared.',
    attribution: { kind: 'report' },
    category: 'security',
    quote:
      'To control the situation, a curfew was also imposed, and a state of emergency was declared',
  },
  {
    id: 'protests-since-sunday',
    entities: ['kazakhstan'],
    statement:
      'A protest movement against the increase in the price of gas has swept the country since last Sunday.',
    figures: [{ asWritten: '2', value: 2, kind: 'day', counts: 'day of the month' }],
    attribution: { kind: 'report' },
    category: 'timeline',
    quote:
      'A protest movement has swept the country since last Sunday (2) against the increase in the price of gas',
    dateReading: { words: 'last Sunday (2)', date: '2022-01-02' },
  },
  {
    id: 'biggest-mobilization',
    entities: ['kazakhstan'],
    statement: 'The protests are the biggest mobilization in the country in decades.',
    attribution: { kind: 'report' },
    category: 'politics',
    quote: 'This is the biggest mobilization in decades',
  },
  {
    id: 'nazarbayev-rule',
    entities: ['kazakhstan', 'tokayev'],
    statement:
      'Nursultan Nazarbayev ruled the country from 1989 to 2019 and is considered the mentor of the current president.',
    figures: [
      { asWritten: '1989', value: 1989, kind: 'year', counts: 'Nazarbayev’s rule began' },
      { asWritten: '2019', value: 2019, kind: 'year', counts: 'Nazarbayev’s rule ended' },
    ],
    attribution: { kind: 'report' },
    category: 'politics',
    quote:
      'ruled from 1989 to 2019 by Nursultan Nazarbayev, considered the mentor of the current president',
  },
  {
    id: 'officials-toll',
    entities: ['kazakhstan'],
    statement: 'The riots left dozens dead and more than 1,000 injured.',
    figures: [
      { asWritten: 'dozens', kind: 'killed', counts: WHO_NOT_SAID, qualifier: 'dozens' },
      {
        asWritten: '1,000',
        value: 1_000,
        kind: 'wounded',
        counts: WHO_NOT_SAID,
        qualifier: 'more than',
      },
    ],
    attribution: { kind: 'named', source: 'officials', namedBy: 'officials said' },
    category: 'casualties',
    quote: 'The riots, which left dozens dead and injured more than 1,000, officials said',
  },
  {
    id: 'almaty-riots-thursday',
    entities: ['almaty'],
    statement: 'The riots continued in Almaty on Thursday, and gunfire was heard there.',
    attribution: { kind: 'report' },
    category: 'timeline',
    quote: 'continued in Almaty on Thursday, where gunfire was heard',
    dateReading: { words: 'Thursday', date: '2022-01-06' },
  },
  {
    id: 'security-forces-toll',
    entities: ['kazakhstan'],
    statement: 'To date, 18 members of the security forces have died and 748 have been wounded.',
    figures: [
      { asWritten: '18', value: 18, kind: 'killed', counts: 'members of the security forces' },
      { asWritten: '748', value: 748, kind: 'wounded', counts: 'members of the security forces' },
    ],
    attribution: { kind: 'report', noSourceNamed: true },
    category: 'casualties',
    quote: 'To date, 18 members of the security forces have died, and 748 have been wounded',
  },
  {
    id: 'arrests-2300',
    entities: ['kazakhstan'],
    statement: 'About 2,300 people were arrested.',
    figures: [
      {
        asWritten: '2,300',
        value: 2_300,
        kind: 'arrested',
        counts: 'people',
        qualifier: 'about',
      },
    ],
    attribution: { kind: 'report', noSourceNamed: true },
    category: 'security',
    quote: 'About 2,300 people were arrested',
  },
];
