import { describe, expect, it } from 'vitest';
import { ENTITIES } from '@/src/dossier/entities';
import type { AliasGroup, Entity } from '@/src/dossier/types';
import { containsWholeWord, validateAliases } from '@/src/dossier/validate-aliases';

const allForms = (entity: Entity) =>
  entity.aliases.flatMap((group) => [...group.spellings, ...(group.inflected ?? [])]);

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
    ['tokayev', ['Kassym-Jomart Tokayev', 'Токаевым', 'Тоқаевқа', 'Tokajew', 'Tokáyev', 'Tokaïev']],
    ['almaty', ['Almaty', 'Alma-Ata', 'Алматы', 'Алматыда', 'Алма-Аты', 'Ałmaty', 'Almatı']],
  ])('spell %s as the media do', (id, expected) => {
    const entity = ENTITIES.find((e) => e.id === id);
    expect(entity && allForms(entity)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Kazakh', 'a language and demonym'],
    ['Kazakhstani', 'an adjective'],
    ['казахстанский', 'an adjective'],
    ['Kassym', 'a given name'],
  ])('leave out %s (%s)', (word) => {
    const forms = ENTITIES.flatMap(allForms).map((form) => form.toLowerCase());
    expect(forms).not.toContain(word.toLowerCase());
  });

  it.each([
    ['Kassym-Jomart Tokayev', 'Tokayev', true],
    ['Alma-Ata', 'Alma', true],
    ['Tokayeva', 'Tokayev', false],
    ['KAZAKHSTAN', 'kazakhstan', true],
    ['Қазақстанда', 'Қазақстан', false],
  ])('treat "%s" as containing the whole word "%s": %s', (whole, part, expected) => {
    expect(containsWholeWord(whole, part)).toBe(expected);
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
      'a duplicate in another case',
      withGroup('almaty', { spellings: ['ALMATY'] }),
      'alias "ALMATY" (almaty, Test) duplicates alias "Almaty"',
    ],
    [
      'a duplicate inflected form',
      withGroup('kazakhstan', { spellings: ['Kazakhstanu'], inflected: ['Kazachstanu'] }),
      'alias "Kazachstanu" (kazakhstan, Test) duplicates',
    ],
    [
      'a too short alias',
      withGroup('kazakhstan', { spellings: ['KZ'] }),
      'alias "KZ" (kazakhstan, Test) is empty, padded or shorter than 4',
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
