import { describe, expect, it } from 'vitest';
import { ENTITIES } from '@/src/dossier/entities';
import type { AliasGroup, Entity } from '@/src/dossier/types';
import { containsWholeWord, validateAliases } from '@/src/dossier/validate-aliases';
import { formsOf } from '@/src/matching/compile-matcher';

/** The real entities with one extra alias group added to entity `id`. */
function withGroup(id: string, group: Partial<AliasGroup>): Entity[] {
  const extra: AliasGroup = {
    language: 'Test',
    script: 'Latin',
    usedBy: 'tests',
    spellings: [],
    ...group,
  };
  return ENTITIES.map((e) => (e.id === id ? { ...e, aliases: [...e.aliases, extra] } : e));
}

describe('the aliases', () => {
  it('match nothing but their own entity, and none is declared twice', () => {
    expect(validateAliases(ENTITIES)).toEqual([]);
  });

  it.each([
    [
      'kazakhstan',
      ['Kazakhstan', 'Казахстане', 'Қазақстанның', 'Kasachstans', 'Kazachstanie', 'Cazaquistão'],
    ],
    ['kazakhstan', ['Казахстані', 'Kazahsztánban', 'Qazaqstanda', 'Kasakhstan', 'Kazahstan']],
    [
      'kazakhstan',
      ['哈萨克斯坦', '哈薩克斯坦', '哈薩克', 'カザフスタン', '카자흐스탄', 'كازاخستان'],
    ],
    ['kazakhstan', ['قزاقستان', 'קזחסטן', 'कज़ाख़स्तान', 'Καζακστάν', 'Qozogʻiston', 'Qazaxıstan']],
    ['tokayev', ['Kassym-Jomart Tokayev', 'Токаевым', 'Тоқаевқа', 'Tokajew', 'Tokáyev', 'Tokaïev']],
    ['tokayev', ['Токаєв', 'Такаеў', 'Kasym-Żomart Tokajew', '托卡耶夫', 'トカエフ', '토카예프']],
    ['tokayev', ['توكاييف', 'טוקאייב', 'तोकायेव', 'Τοκάγιεφ']],
    ['almaty', ['Almaty', 'Alma-Ata', 'Алматы', 'Алматыда', 'Алма-Аты', 'Ałmaty', 'Almatı']],
    ['almaty', ['Алмати', 'Almatyda', 'Ałma-Ata', '阿拉木图', '阿拉木圖', 'アルマトイ', '알마티']],
    ['almaty', ['ألماتي', 'אלמטי', 'अलमाती', 'Αλμάτι']],
  ])('spell %s as the media do', (id, expected) => {
    const entity = ENTITIES.find((e) => e.id === id);
    expect(entity && formsOf(entity)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Kazakh', 'a language and demonym'],
    ['Kazakhstani', 'an adjective'],
    ['казахстанский', 'an adjective'],
    ['Kassym', 'a given name'],
    ['哈萨克', 'the Kazakh people in mainland Chinese'],
    ['カザフ', 'Kazakh in Japanese'],
    ['카자흐', 'Kazakh in Korean'],
  ])('leave out %s (%s)', (word) => {
    const forms = ENTITIES.flatMap(formsOf).map((form) => form.toLowerCase());
    expect(forms).not.toContain(word.toLowerCase());
  });

  it('document every group with where the spelling is used', () => {
    for (const group of ENTITIES.flatMap((entity) => entity.aliases)) {
      expect(group.usedBy.length, group.language).toBeGreaterThan(10);
    }
  });

  it.each([
    ['Kassym-Jomart Tokayev', 'Tokayev', 'Latin', true],
    ['Alma-Ata', 'Alma', 'Latin', true],
    ['Tokayeva', 'Tokayev', 'Latin', false],
    ['KAZAKHSTAN', 'kazakhstan', 'Latin', true],
    ['Қазақстанда', 'Қазақстан', 'Cyrillic', false],
    ['哈薩克斯坦', '哈薩克', 'Han', true],
    ['توکایف', 'توكايف', 'Arabic', true],
  ] as const)('treat "%s" as containing "%s" (%s): %s', (whole, part, script, expected) => {
    expect(containsWholeWord(whole, part, script)).toBe(expected);
  });

  it.each([
    [
      'a spelling of another entity',
      withGroup('tokayev', { spellings: ['Almaty'] }),
      'alias "Almaty" (tokayev, Test) contains or equals alias "Almaty" (almaty',
    ],
    [
      'a name holding another entity as a word',
      withGroup('tokayev', { spellings: ['Tokayev of Kazakhstan'] }),
      'alias "Tokayev of Kazakhstan" (tokayev, Test) contains or equals alias "Kazakhstan"',
    ],
    [
      'a Chinese name holding another entity anywhere',
      withGroup('tokayev', { script: 'Han', spellings: ['阿拉木图市长'] }),
      'alias "阿拉木图市长" (tokayev, Test) contains or equals alias "阿拉木图"',
    ],
    [
      'a duplicate in another case',
      withGroup('almaty', { spellings: ['ALMATY'] }),
      'alias "ALMATY" (almaty, Test) duplicates alias "Almaty"',
    ],
    [
      'a duplicate the pattern cannot tell apart (Persian and Arabic letters)',
      withGroup('tokayev', { script: 'Arabic', spellings: ['توکایف'] }),
      'alias "توکایف" (tokayev, Test) duplicates alias "توكايف"',
    ],
    [
      'a duplicate made by an ending',
      withGroup('kazakhstan', { spellings: ['Kazachstanu'] }),
      'alias "Kazachstanu" (kazakhstan, Test) duplicates',
    ],
    [
      'a too short alias',
      withGroup('kazakhstan', { spellings: ['KZ'] }),
      'alias "KZ" (kazakhstan, Test) is empty, padded or shorter than 4',
    ],
    [
      'a too short Chinese alias',
      withGroup('kazakhstan', { script: 'Han', spellings: ['哈萨'] }),
      'alias "哈萨" (kazakhstan, Test) is empty, padded or shorter than 3',
    ],
    [
      'a Latin alias with a Cyrillic letter in it',
      withGroup('almaty', { spellings: ['Almаty'] }),
      'alias "Almаty" (almaty, Test) has letters outside the Latin script',
    ],
    [
      'a suffix with a space',
      withGroup('almaty', { spellings: ['Almatoo'], suffixes: ['da da'] }),
      'alias group "Test" has an empty suffix or one with a separator',
    ],
    [
      'particles outside Korean',
      withGroup('almaty', { spellings: ['Almatoo'], particles: ['de'] }),
      'alias group "Test" has particles, which only Korean attaches',
    ],
    [
      'a group without spellings',
      withGroup('almaty', { spellings: [] }),
      'entity "almaty": alias group "Test" has no spellings',
    ],
  ])('catch %s', (_what, entities, expected) => {
    const problems = validateAliases(entities);
    expect(
      problems.some((problem) => problem.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});
