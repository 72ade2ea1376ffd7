import type { Fact } from './types';

/** Tolls, security measures and background (paragraphs 8 to 14 of the report). */
export const UNREST_FACTS: readonly Fact[] = [
  {
    id: 'interior-ministry-toll',
    entities: ['kazakhstan'],
    statement: 'The Interior Ministry reported 26 “armed criminals” dead and 18 wounded.',
    figures: [
      { asWritten: '26', value: 26, counts: '“armed criminals” dead' },
      // The sentence does not say whose side the wounded are on; the figure says no more.
      { asWritten: '18', value: 18, counts: 'wounded' },
    ],
    attribution: 'the Interior Ministry',
    category: 'casualties',
    quote: 'The Interior Ministry reported that 26 “armed criminals” died and 18 were wounded',
  },
  {
    id: 'buildings-liberated',
    entities: ['kazakhstan'],
    statement: 'All administrative buildings were “liberated and placed under greater protection”.',
    attribution: 'the Interior Ministry',
    category: 'security',
    quote: 'all administrative buildings were “liberated and placed under greater protection”',
  },
  {
    id: 'checkpoints-70',
    entities: ['kazakhstan'],
    statement: '70 checkpoints were installed in the country.',
    figures: [{ asWritten: '70', value: 70, counts: 'checkpoints installed' }],
    attribution: 'the Interior Ministry, according to a statement',
    category: 'security',
    quote: 'with 70 checkpoints installed in the country, according to a statement',
  },
  {
    id: 'almaty-economic-capital',
    entities: ['almaty'],
    statement: 'Almaty is the economic capital of Kazakhstan.',
    attribution: 'the report',
    category: 'politics',
    quote: 'In Almaty, the economic capital',
  },
  {
    // Deliberately overlaps the fact above: the source page must anchor both.
    id: 'almaty-most-violent-clashes',
    entities: ['almaty'],
    statement: 'The clashes were most violent in Almaty.',
    attribution: 'the report',
    category: 'security',
    quote: 'In Almaty, the economic capital and where the clashes were most violent',
  },
  {
    id: 'almaty-forces-ensure-order',
    entities: ['almaty'],
    statement:
      'In Almaty, security and military forces ensure public order, protect strategic infrastructure and clean the streets.',
    // The report writes only "he added"; the speaker of the paragraphs before is the president.
    attribution: 'Tokayev (“he added”)',
    category: 'security',
    quote:
      'the security forces and the military forces (…) ensure public order, the protection of strategic infrastructure and the cleaning of the streets',
  },
  {
    id: 'allied-troops-arrived',
    entities: ['kazakhstan'],
    statement: 'Russian and other allied troops arrived to support the government.',
    attribution: 'the report',
    category: 'security',
    quote:
      'Russian and other allied troops arrived yesterday in this former Soviet republic to support the government',
    editorsReading: '“Yesterday” is 6 January 2022, the day before the report’s date.',
  },
  {
    id: 'curfew-and-emergency',
    entities: ['kazakhstan'],
    statement: 'A curfew was imposed and a state of emergency declared.',
    attribution: 'the report',
    category: 'security',
    quote: 'a curfew was also imposed, and a state of emergency was declared',
  },
  {
    id: 'protests-since-sunday',
    entities: ['kazakhstan'],
    statement:
      'A protest movement against the gas price increase has swept the country since Sunday.',
    figures: [{ asWritten: '2', value: 2, counts: 'day of the month' }],
    attribution: 'the report',
    category: 'timeline',
    quote:
      'A protest movement has swept the country since last Sunday (2) against the increase in the price of gas',
    editorsReading:
      'Sunday (2) is 2 January 2022, the Sunday before the report’s date of 7 January 2022.',
  },
  {
    id: 'biggest-mobilization',
    entities: ['kazakhstan'],
    statement: 'The protests are the biggest mobilization in the country in decades.',
    attribution: 'the report',
    category: 'politics',
    quote: 'This is the biggest mobilization in decades',
  },
  {
    id: 'nazarbayev-rule',
    entities: ['kazakhstan', 'tokayev'],
    statement:
      'Nursultan Nazarbayev ruled the country from 1989 to 2019 and is considered the mentor of the current president.',
    figures: [
      { asWritten: '1989', value: 1989, counts: 'year Nazarbayev’s rule began' },
      { asWritten: '2019', value: 2019, counts: 'year Nazarbayev’s rule ended' },
    ],
    attribution: 'the report',
    category: 'politics',
    quote:
      'ruled from 1989 to 2019 by Nursultan Nazarbayev, considered the mentor of the current president',
  },
  {
    id: 'officials-toll',
    entities: ['kazakhstan'],
    statement: 'The riots left dozens dead and more than 1,000 injured.',
    figures: [
      { asWritten: 'dozens', counts: 'dead', qualifier: 'dozens' },
      { asWritten: '1,000', value: 1_000, counts: 'injured', qualifier: 'more than' },
    ],
    attribution: 'officials (not named)',
    category: 'casualties',
    quote: 'The riots, which left dozens dead and injured more than 1,000, officials said',
  },
  {
    id: 'almaty-riots-thursday',
    entities: ['almaty'],
    statement: 'The riots continued in Almaty on Thursday, and gunfire was heard there.',
    attribution: 'the report',
    category: 'timeline',
    quote: 'continued in Almaty on Thursday, where gunfire was heard',
    editorsReading: 'Thursday is 6 January 2022, the day before the report’s date.',
  },
  {
    id: 'security-forces-toll',
    entities: ['kazakhstan'],
    statement: '18 members of the security forces have died and 748 have been wounded.',
    figures: [
      { asWritten: '18', value: 18, counts: 'security forces dead' },
      { asWritten: '748', value: 748, counts: 'security forces wounded' },
    ],
    attribution: 'the report (no source named)',
    category: 'casualties',
    quote: 'To date, 18 members of the security forces have died, and 748 have been wounded',
  },
  {
    id: 'arrests-2300',
    entities: ['kazakhstan'],
    statement: 'About 2,300 people were arrested.',
    figures: [{ asWritten: '2,300', value: 2_300, counts: 'people arrested', qualifier: 'about' }],
    attribution: 'the report (no source named)',
    category: 'security',
    quote: 'About 2,300 people were arrested',
  },
];
