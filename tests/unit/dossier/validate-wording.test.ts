import { describe, expect, it } from 'vitest';
import type { Attribution, Fact, Figure } from '@/src/dossier/types';
import {
  DEGREE_WORDS,
  PRONOUN_SPEECH,
  validateAttributions,
  validateDateReadings,
  validateStatementWording,
} from '@/src/dossier/validate-wording';

/** A small report: a named speaker, a pronoun after quoted words, a pronoun alone, dates. */
const ARTICLE = [
  'Tokayev said in a statement that order was restored. Then “we will never negotiate,” he added. It also confirmed that 70 checkpoints were set up.',
  'The Interior Ministry said more than 26 died on Thursday. Protests began last Sunday (2) in the west.',
].join('\n\n');

const fact = (change: Partial<Fact>): Fact => ({
  id: 'probe',
  entities: ['kazakhstan'],
  statement: 'Order was restored.',
  attribution: { kind: 'report' },
  category: 'timeline',
  quote: 'order was restored',
  figures: [],
  ...change,
});
const tokayev = (namedBy: string): Attribution => ({ kind: 'named', source: 'tokayev', namedBy });
const pronounProblem = (pronoun: string) =>
  `fact "probe": its sentence names the speaker only as "${pronoun}": attribute it as "speaker not named" or as the editor's reading`;

describe('validateAttributions', () => {
  it.each<[string, Partial<Fact>, string[]]>([
    ['a source named in its sentence', { attribution: tokayev('Tokayev said in a statement') }, []],
    [
      'naming words that are not in its sentence',
      { attribution: tokayev('Tokayev said on television') },
      ['fact "probe": attribution words "Tokayev said on television" are not in its sentence'],
    ],
    [
      'naming words without the source’s name',
      { attribution: tokayev('said in a statement') },
      ['fact "probe": "said in a statement" does not name Tokayev; a pronoun is not a name'],
    ],
    [
      'a pronoun taken for a named source',
      { quote: 'we will never negotiate', attribution: tokayev('he added') },
      [
        'fact "probe": "he added" does not name Tokayev; a pronoun is not a name',
        pronounProblem('he added'),
      ],
    ],
    [
      'an unnamed speaker, as the report has it',
      { quote: 'we will never negotiate', attribution: { kind: 'unnamed', words: 'he added' } },
      [],
    ],
    [
      'an unnamed speaker that the statement names',
      {
        quote: 'we will never negotiate',
        statement: 'Tokayev will never negotiate.',
        attribution: { kind: 'unnamed', words: 'he added' },
      },
      ['fact "probe": statement names "Tokayev", but the report does not'],
    ],
    [
      'unnamed words not in its sentence',
      { quote: 'we will never negotiate', attribution: { kind: 'unnamed', words: 'she said' } },
      ['fact "probe": attribution words "she said" are not in its sentence'],
    ],
    [
      'an editor’s reading with a reason',
      {
        quote: '70 checkpoints',
        attribution: {
          kind: 'reading',
          source: 'interior-ministry',
          words: 'It also confirmed',
          why: 'the ministry spoke last',
        },
      },
      [],
    ],
    [
      'an editor’s reading with a blank reason',
      {
        quote: '70 checkpoints',
        attribution: {
          kind: 'reading',
          source: 'interior-ministry',
          words: 'It also confirmed',
          why: '  ',
        },
      },
      ['fact "probe": the editor\'s reading of "It also confirmed" gives no reason'],
    ],
    [
      'the report’s voice quoting the unnamed speaker',
      { quote: '“we will never negotiate,”' },
      [pronounProblem('he added')],
    ],
    [
      'the report’s voice naming who the pronoun is',
      { quote: '70 checkpoints', statement: 'The Interior Ministry set up 70 checkpoints.' },
      [pronounProblem('It also confirmed')],
    ],
    [
      'the report’s voice beside a pronoun, quoting and naming no one',
      { quote: '70 checkpoints', statement: '70 checkpoints were set up.' },
      [],
    ],
    [
      'a quote that is not in the report (another check reports it)',
      { quote: 'not there', attribution: tokayev('x') },
      [],
    ],
    [
      'a quote ending in the space before the next sentence, judged by its own sentence',
      { quote: 'order was restored. ', attribution: { kind: 'unnamed', words: 'he added' } },
      ['fact "probe": attribution words "he added" are not in its sentence'],
    ],
    [
      'a quote starting in the space after a sentence, judged by its own sentence',
      { quote: ' Then “we will', attribution: tokayev('Tokayev said in a statement') },
      [
        'fact "probe": attribution words "Tokayev said in a statement" are not in its sentence',
        pronounProblem('he added'),
      ],
    ],
    [
      'a quote over two sentences, its attribution words running across them',
      { quote: 'was restored. Then', attribution: { kind: 'unnamed', words: 'restored. Then' } },
      [],
    ],
    [
      'a source named in one of the sentences a quote spans, a pronoun in the other',
      { quote: 'was restored. Then', attribution: tokayev('Tokayev said in a statement') },
      [],
    ],
  ])('%s', (_what, change, expected) => {
    expect(validateAttributions([fact(change)], ARTICLE)).toEqual(expected);
  });

  // Where the quote ends or starts right at a quotation mark, it quotes no one.
  it.each([
    ['Then ', false],
    ['Then “', true],
    [' he added', false],
    ['” he added', true],
  ])('the report’s voice quoting %j quotes the speaker: %s', (quote, quotes) => {
    expect(validateAttributions([fact({ quote })], ARTICLE)).toEqual(
      quotes ? [pronounProblem('he added')] : [],
    );
  });
});

describe('PRONOUN_SPEECH', () => {
  it.each([
    ['he added', 'he added'],
    ['She  says so', 'She  says'],
    ['they also told us', 'they also told'],
    ['It also confirmed it', 'It also confirmed'],
    ['and, according to them, more', 'according to them'],
    ['According to HIM', 'According to HIM'],
  ])('finds the pronoun speaker in %j', (text, found) => {
    expect(PRONOUN_SPEECH.exec(text)?.[0]).toBe(found);
  });

  it.each([
    'the added costs',
    'Tokayev said',
    'he saidx',
    'they alsotold',
    'according to himself',
    'ithe said',
  ])('finds none in %j', (text) => {
    expect(PRONOUN_SPEECH.test(text)).toBe(false);
  });
});

describe('validateDateReadings', () => {
  const day = (value: number): Figure =>
    ({ asWritten: String(value), value, kind: 'day', counts: 'things' }) as Figure;
  const sunday = { words: 'last Sunday (2)', date: '2022-01-02' };
  it.each<[string, Partial<Fact>, string[]]>([
    ['a quote with no relative date', { quote: 'order was restored' }, []],
    [
      'a weekday read as its date',
      { quote: 'Protests began last Sunday (2)', dateReading: sunday, figures: [day(2)] },
      [],
    ],
    [
      'a relative date left unread',
      { quote: 'more than 26 died on Thursday' },
      ['fact "probe": "Thursday" in its quote is not read as a date'],
    ],
    [
      '"this week" left unread',
      { quote: 'this week' },
      ['fact "probe": "this week" in its quote is not read as a date'],
    ],
    [
      '"Yesterday" left unread',
      { quote: 'Yesterday' },
      ['fact "probe": "Yesterday" in its quote is not read as a date'],
    ],
    ['a word that only starts like a weekday', { quote: 'Sundays and todays' }, []],
    [
      'reading words that are not in the quote',
      { quote: 'Protests began', dateReading: sunday },
      ['fact "probe": date words "last Sunday (2)" are not in its quote'],
    ],
    [
      'a reading of the wrong date',
      { quote: 'last Sunday (2)', dateReading: { words: 'last Sunday (2)', date: '2022-01-03' } },
      [
        expect.stringMatching(
          /^fact "probe": date reading: 2022-01-03 is not a Sunday$/,
        ) as unknown as string,
      ],
    ],
    [
      'a day of the month read as another day',
      { quote: 'last Sunday (2)', dateReading: sunday, figures: [day(3)] },
      ['fact "probe": day "3" is not read as a date'],
    ],
    [
      'a day of the month with no reading',
      { quote: 'began (2) in the west', figures: [day(2)] },
      ['fact "probe": day "2" is not read as a date'],
    ],
    [
      'a count beside a reading (only days are dates)',
      {
        quote: 'last Sunday (2)',
        dateReading: sunday,
        figures: [{ asWritten: '26', value: 26, kind: 'count', counts: 'people' } as Figure],
      },
      [],
    ],
  ])('%s', (_what, change, expected) => {
    expect(validateDateReadings([fact(change)], '2022-01-07')).toEqual(expected);
  });
});

describe('validateStatementWording', () => {
  const quote = 'order was restored';
  /** A fact quoting "more than 26 died", with its hedged figure, stated as `statement`. */
  const hedged = (statement: string): Partial<Fact> => ({
    quote: 'more than 26 died',
    statement,
    figures: [
      { asWritten: '26', value: 26, qualifier: 'more than', kind: 'killed', counts: 'people' },
    ],
  });
  it.each(DEGREE_WORDS)('reports a statement that adds or drops "%s"', (word) => {
    const adds = fact({ quote, statement: `Order was ${word} restored.` });
    expect(validateStatementWording([adds], ARTICLE)).toEqual([
      `fact "probe": statement adds "${word}" (check it against the quote)`,
    ]);
    const drops = fact({ quote: `order was ${word} restored`, statement: 'Order was restored.' });
    expect(validateStatementWording([drops], ARTICLE)).toEqual([
      `fact "probe": statement drops "${word}" (check it against the quote)`,
    ]);
  });

  it.each<[string, Partial<Fact>, string[]]>([
    [
      'the same degree words, spaced differently',
      { quote: 'more than 26 died', statement: 'More  than 26 died.', figures: [] },
      [],
    ],
    [
      'a degree word only inside a longer word',
      { statement: 'Order was restored overall, mostly.' },
      [],
    ],
    ['a figure with its hedge', hedged('More than 26 died.'), []],
    [
      'a figure without its hedge',
      hedged('Then 26 died, more than that than before.'),
      ['fact "probe": statement does not say "more than 26"'],
    ],
    [
      'a decimal figure written with another character for its point',
      {
        statement: 'Order was restored: 1x5.',
        figures: [{ asWritten: '1.5', value: 1.5, kind: 'count', counts: 'things' } as Figure],
      },
      ['fact "probe": statement does not say "1.5"'],
    ],
    [
      'a decimal figure as written',
      {
        statement: 'Order was restored: 1.5.',
        figures: [{ asWritten: '1.5', value: 1.5, kind: 'count', counts: 'things' } as Figure],
      },
      [],
    ],
    [
      'a figure only inside a longer number',
      {
        statement: 'Order was restored: 126.',
        figures: [{ asWritten: '26', value: 26, kind: 'count', counts: 'things' } as Figure],
      },
      ['fact "probe": statement does not say "26"'],
    ],
    [
      'a day of the month, which a statement gives as a date',
      {
        statement: 'Order was restored.',
        figures: [{ asWritten: '2', value: 2, kind: 'day', counts: 'things' } as Figure],
      },
      [],
    ],
    [
      'words in quotation marks from its paragraph',
      { statement: 'Tokayev: “order was restored”.' },
      [],
    ],
    [
      'words in quotation marks that the report does not have',
      { statement: 'Order was “fully” restored.' },
      ['fact "probe": “fully” is in quotation marks but not in the report'],
    ],
    [
      'words in quotation marks in a fact whose quote is not in the report',
      { quote: 'not there', statement: 'Order was “restored”.' },
      ['fact "probe": “restored” is in quotation marks but not in the report'],
    ],
    [
      'words in quotation marks over the two paragraphs its quote spans',
      { quote: 'checkpoints were set up.\n\nThe Interior', statement: '“set up.\n\nThe Interior”' },
      [],
    ],
    [
      'words in quotation marks from another paragraph',
      { statement: 'Order was restored “in the west”.' },
      ['fact "probe": “in the west” is in quotation marks but not in the report'],
    ],
  ])('%s', (_what, change, expected) => {
    expect(validateStatementWording([fact(change)], ARTICLE)).toEqual(expected);
  });
});
