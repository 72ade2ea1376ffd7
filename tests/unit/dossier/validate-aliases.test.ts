import { describe, expect, it } from 'vitest';
import type { AliasGroup, Entity, EntityId, Script } from '@/src/dossier/types';
import { containsWholeWord, validateAliases } from '@/src/dossier/validate-aliases';
import { group } from './alias-group';

const entity = (id: EntityId, ...aliases: AliasGroup[]): Entity => ({
  id,
  name: id,
  shortName: id,
  descriptor: 'a place',
  descriptorFact: 'f',
  aliases,
});
/** Entity "almaty" with one group; "kazakhstan" with a harmless spelling of its own. */
const alone = (change: Partial<AliasGroup>) => [
  entity('kazakhstan', group({ spellings: ['Qazaqland'] })),
  entity('almaty', group(change)),
];

describe('validateAliases: one group', () => {
  it.each<[string, Partial<AliasGroup>]>([
    ['a Latin spelling of exactly 4 letters', { spellings: ['Almo'] }],
    ['a Cyrillic one of 4', { script: 'Cyrillic', spellings: ['Алма'] }],
    ['a Greek one of 4', { script: 'Greek', spellings: ['Αλμά'] }],
    ['an Arabic one of 4', { script: 'Arabic', spellings: ['ألما'] }],
    ['a Hebrew one of 4', { script: 'Hebrew', spellings: ['אלמט'] }],
    ['a Devanagari one of 4 code points', { script: 'Devanagari', spellings: ['अलमा'] }],
    ['a Chinese one of 3', { script: 'Han', spellings: ['阿拉木'] }],
    ['a Japanese one of 3', { script: 'Kana', spellings: ['アルマ'] }],
    ['a Korean one of 3', { script: 'Hangul', spellings: ['알마티'] }],
    ['hyphens, spaces and digits, which every script shares', { spellings: ['Alma-Ata 2'] }],
    ['a combining accent', { spellings: ['Alma\u0301ty'] }],
    ['a suffix written onto the name', { spellings: ['Almatoo'], suffixes: ['da', 'ban'] }],
    ['inflected forms', { spellings: ['Almatoo'], inflected: ['Almatooga'] }],
    ['forms of one entity that contain each other', { spellings: ['Alma', 'Alma Ata'] }],
    ['notBefore in Chinese', { script: 'Han', spellings: ['阿拉木图'], notBefore: ['人'] }],
    ['notBefore in Japanese', { script: 'Kana', spellings: ['アルマトイ'], notBefore: ['語'] }],
    ['stillBefore in Chinese', { script: 'Han', spellings: ['阿拉木图'], stillBefore: ['人口'] }],
    ['particles in Korean', { script: 'Hangul', spellings: ['알마티'], particles: ['에서'] }],
    ['capitals asked for in Latin', { spellings: ['Alma Ata'], capitalised: true }],
    ['capitals in Cyrillic', { script: 'Cyrillic', spellings: ['Алма Ата'], capitalised: true }],
    ['capitals in Greek', { script: 'Greek', spellings: ['Άλμα Άτα'], capitalised: true }],
  ])('accepts %s', (_what, change) => {
    expect(validateAliases(alone(change))).toEqual([]);
  });

  const at = (form: string) => `alias "${form}" (almaty, Test)`;
  const named = 'entity "almaty": alias group "Test"';
  it.each<[string, Partial<AliasGroup>, string[]]>([
    ['no spellings', { spellings: [] }, [`${named} has no spellings`]],
    ['a blank usedBy', { spellings: ['Almatoo'], usedBy: ' \t' }, [`${named} has no usedBy`]],
    [
      'an empty suffix',
      { spellings: ['Almatoo'], suffixes: ['da', ''] },
      [
        `${named} has an empty suffix or one with a separator`,
        `${at('Almatoo')} duplicates ${at('Almatoo')}`,
      ],
    ],
    [
      'a suffix with a hyphen',
      { spellings: ['Almatoo'], suffixes: ['-da'] },
      [`${named} has an empty suffix or one with a separator`],
    ],
    [
      'notBefore in Korean',
      { script: 'Hangul', spellings: ['알마티'], notBefore: ['인'] },
      [`${named} uses notBefore, which only scripts without spaces need`],
    ],
    [
      'stillBefore in Latin',
      { spellings: ['Almatoo'], stillBefore: ['n'] },
      [`${named} uses notBefore, which only scripts without spaces need`],
    ],
    [
      'particles in Japanese',
      { script: 'Kana', spellings: ['アルマトイ'], particles: ['の'] },
      [`${named} has particles, which only Korean attaches`],
    ],
    [
      'capitals in Arabic',
      { script: 'Arabic', spellings: ['ألماتي'], capitalised: true },
      [`${named} asks for capitals in a script without case`],
    ],
    [
      'a Latin spelling of 3',
      { spellings: ['Alm'] },
      [`${at('Alm')} is empty, padded or shorter than 4`],
    ],
    [
      'a Devanagari one of 3 code points',
      { script: 'Devanagari', spellings: ['अलम'] },
      [`${at('अलम')} is empty, padded or shorter than 4`],
    ],
    [
      'a Korean one of 2',
      { script: 'Hangul', spellings: ['알마'] },
      [`${at('알마')} is empty, padded or shorter than 3`],
    ],
    [
      'a spelling with a space before it',
      { spellings: [' Almatoo'] },
      [`${at(' Almatoo')} is empty, padded or shorter than 4`],
    ],
    [
      'a spelling with a space after it',
      { spellings: ['Almatoo '] },
      [`${at('Almatoo ')} is empty, padded or shorter than 4`],
    ],
    [
      'a spelling and the same spelling in capitals',
      { spellings: ['Almatoo', 'ALMATOO'] },
      [`${at('ALMATOO')} duplicates ${at('Almatoo')}`],
    ],
  ])('reports %s, and only that', (_what, change, expected) => {
    expect(validateAliases(alone(change))).toEqual(expected);
  });

  // One sample per script, then the same with a letter of another script at its start and end.
  it.each<[Script, string, string]>([
    ['Latin', 'Almatoo', 'ж'],
    ['Cyrillic', 'Алмато', 'x'],
    ['Greek', 'Αλμάτι', 'x'],
    ['Arabic', 'ألماتي', 'x'],
    ['Hebrew', 'אלמטי', 'x'],
    ['Devanagari', 'अलमाती', 'x'],
    ['Han', '阿拉木图', 'x'],
    ['Kana', 'アルマトイ', 'x'],
    ['Hangul', '알마티', 'x'],
  ])(
    'reports a %s spelling with a letter of another script at its start or end',
    (script, ok, alien) => {
      expect(validateAliases(alone({ script, spellings: [ok] }))).toEqual([]);
      for (const bad of [`${alien}${ok}`, `${ok}${alien}`]) {
        expect(validateAliases(alone({ script, spellings: [bad] }))).toEqual([
          `${at(bad)} has letters outside the ${script} script`,
        ]);
      }
    },
  );
});

describe('validateAliases: between entities', () => {
  const pair = (kazakhstan: AliasGroup, almaty: AliasGroup) => [
    entity('kazakhstan', kazakhstan),
    entity('almaty', almaty),
  ];
  const a = (form: string) => `alias "${form}" (almaty, Test)`;
  const k = (form: string) => `alias "${form}" (kazakhstan, Test)`;

  it.each<[string, AliasGroup, AliasGroup, string[]]>([
    [
      'a name holding the other as its second word',
      group({ spellings: ['Qazaq Almatoo'] }),
      group({ spellings: ['Almatoo'] }),
      [`${k('Qazaq Almatoo')} contains or equals ${a('Almatoo')} of another entity`],
    ],
    [
      'a name holding the other as a word only after holding it inside a word',
      group({ spellings: ['Almatoos Almatoo'] }),
      group({ spellings: ['Almatoo'] }),
      [`${k('Almatoos Almatoo')} contains or equals ${a('Almatoo')} of another entity`],
    ],
    [
      'the same form in another case (a duplicate, and equal)',
      group({ spellings: ['ALMATOO'] }),
      group({ spellings: ['Almatoo'] }),
      [
        `${a('Almatoo')} duplicates ${k('ALMATOO')}`,
        `${k('ALMATOO')} contains or equals ${a('Almatoo')} of another entity`,
        `${a('Almatoo')} contains or equals ${k('ALMATOO')} of another entity`,
      ],
    ],
    [
      'a Chinese name holding the other anywhere',
      group({ script: 'Han', spellings: ['阿拉木图市'] }),
      group({ script: 'Han', spellings: ['阿拉木图'] }),
      [`${k('阿拉木图市')} contains or equals ${a('阿拉木图')} of another entity`],
    ],
    [
      'the same digits in two scripts (declared twice, but no script holds the other)',
      group({ spellings: ['1986'] }),
      group({ script: 'Cyrillic', spellings: ['1986'] }),
      [`${a('1986')} duplicates ${k('1986')}`],
    ],
  ])('reports %s', (_what, kazakhstan, almaty, expected) => {
    expect(validateAliases(pair(kazakhstan, almaty))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['xAlmatoo', 'a letter before it'],
    ['Almatoox', 'a letter after it'],
    ['Almatoo2', 'a digit after it'],
    ['2Almatoo', 'a digit before it'],
    ['Almatoo\u0301', 'a combining mark after it'],
  ])('accepts %s beside Almatoo (%s: another word)', (form) => {
    const entities = pair(group({ spellings: [form] }), group({ spellings: ['Almatoo'] }));
    expect(validateAliases(entities)).toEqual([]);
  });
});

describe('containsWholeWord', () => {
  it.each([
    ['Almatoo Qazaq', 'Almatoo', 'Latin', true],
    ['Qazaq, Almatoo.', 'Almatoo', 'Latin', true],
    ['Almatoo', '', 'Latin', false],
    ['', 'Almatoo', 'Latin', false],
    ['알마티에서', '알마티', 'Hangul', true],
    ['アルマトイ市', 'アルマトイ', 'Kana', true],
    ['Алматыда', 'Алматы', 'Cyrillic', false],
  ] as const)('finds "%s" holding "%s" (%s): %s', (whole, part, script, expected) => {
    expect(containsWholeWord(whole, part, script)).toBe(expected);
  });

  it('reads a Latin name by default', () => {
    expect(containsWholeWord('Kassym-Jomart Tokayev', 'TOKAYEV')).toBe(true);
  });
});
