import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import type { Entity, EntityId, Script } from '../../../src/dossier/types';
import { compileMatcher, formsOf } from '../../../src/matching/compile-matcher';

const matcher = compileMatcher(ENTITIES);

/** The mentions of `text` as [name as written, entity] pairs. */
const found = (text: string) =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId] as const);

const everyForm = ENTITIES.flatMap((entity) =>
  entity.aliases.flatMap((group) =>
    formsOf({ ...entity, aliases: [group] }).map(
      (form) =>
        [form, group.language, entity.id, group.script, Boolean(group.capitalised)] as const,
    ),
  ),
);

/** A letter of each script that glues onto a name (never a prefix or a particle). */
const GLUE: Record<Script, string | null> = {
  Latin: 'x',
  Cyrillic: 'ж',
  Greek: 'ξ',
  Arabic: 'ش',
  Hebrew: 'ד',
  Devanagari: 'प',
  Hangul: '한',
  Kana: 'ア',
  // Chinese has no word boundaries: a name counts inside any run of characters.
  Han: null,
};

describe('matcher: every alias of every group', () => {
  it.each(everyForm)('finds "%s" (%s) as %s in running text', (form, _language, id) => {
    expect(found(`Yesterday ${form}, reportedly.`)).toEqual([[form, id]]);
  });

  it.each(everyForm)('finds "%s" (%s) whatever its case', (form, _l, id, _s, capitalised) => {
    expect(found(`(${form.toUpperCase()})`)).toEqual([[form.toUpperCase(), id]]);
    // Capitalised-only forms (the former name "Alma-Ata") do not count in lower case.
    const lower = form.toLowerCase();
    expect(found(`(${lower})`)).toEqual(capitalised && lower !== form ? [] : [[lower, id]]);
  });

  it.each(everyForm.filter(([, , , script]) => GLUE[script]))(
    'does not find "%s" (%s) inside a longer word',
    (form, _l, _id, script) => {
      // Glued to a letter, digit or combining mark, no mention may start or end at the join.
      // (The last word of a full name may still stand alone: "xKassym-Jomart Tokayev".)
      const letter = GLUE[script] ?? 'x';
      const starts = (text: string, at: number) => matcher.find(text).some((m) => m.start === at);
      const ends = (text: string, at: number) => matcher.find(text).some((m) => m.end === at);
      expect(starts(`${letter}${form}`, 1)).toBe(false);
      expect(ends(`${form}${letter}`, form.length)).toBe(false);
      expect(ends(`${form}\u0301`, form.length)).toBe(false);
      if (script !== 'Kana') {
        expect(starts(`7${form}`, 1)).toBe(false);
        expect(ends(`${form}7`, form.length)).toBe(false);
      }
      expect(found(`${letter}${form}`).map(([name]) => name)).not.toContain(form);
    },
  );
});

describe('matcher: rules', () => {
  it.each<[string, [string, EntityId][]]>([
    // possessives highlight the name only
    ["Kazakhstan's president", [['Kazakhstan', 'kazakhstan']]],
    ['Tokayev’s speech', [['Tokayev', 'tokayev']]],
    ["Kazakistan'ın başkenti", [['Kazakistan', 'kazakhstan']]],
    // Cyrillic case endings
    [
      'в Казахстане и Казахстана',
      [
        ['Казахстане', 'kazakhstan'],
        ['Казахстана', 'kazakhstan'],
      ],
    ],
    ['письмо Токаеву', [['Токаеву', 'tokayev']]],
    ['жители Алма-Аты', [['Алма-Аты', 'almaty']]],
    ['в Алматы', [['Алматы', 'almaty']]],
    // a full name is one mention, in every separator style
    ['Kassym-Jomart Tokayev said', [['Kassym-Jomart Tokayev', 'tokayev']]],
    ['Kassym Jomart Tokayev said', [['Kassym Jomart Tokayev', 'tokayev']]],
    ['Kassym\u2011Jomart\u00a0Tokayev said', [['Kassym\u2011Jomart\u00a0Tokayev', 'tokayev']]],
    ['Kassym-Jomart\u202fTokayev said', [['Kassym-Jomart\u202fTokayev', 'tokayev']]],
    ['Касым-Жомарт Токаев', [['Касым-Жомарт Токаев', 'tokayev']]],
    ['カシム=ジョマルト・トカエフ大統領', [['カシム=ジョマルト・トカエフ', 'tokayev']]],
    // the old name of Almaty, hyphenated or not
    [
      'Alma-Ata and Alma Ata',
      [
        ['Alma-Ata', 'almaty'],
        ['Alma Ata', 'almaty'],
      ],
    ],
    // several entities in one string, in order
    [
      'Tokayev, Almaty, Kazakhstan',
      [
        ['Tokayev', 'tokayev'],
        ['Almaty', 'almaty'],
        ['Kazakhstan', 'kazakhstan'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Kazakhstani officials', // demonym
    'the Kazakh language', // language and demonym
    'казахстанский рынок', // Russian adjective
    'Almatyx',
    'preKazakhstan',
    'Tokayevism',
    'Kazakhstan2022',
    'Алматинский', // adjective of Almaty
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each<[string, [string, EntityId][]]>([
    // A full name glued to a word is not one; the surname after it still stands alone.
    ['xKassym-Jomart Tokayev', [['Tokayev', 'tokayev']]],
    ['ЖКасым-Жомарт Токаев', [['Токаев', 'tokayev']]],
  ])('looks again one character on after a rejected start: "%s"', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['𝐀Almaty', 'a mathematical letter (outside the BMP) before'],
    ['𠮷Almaty', 'a CJK extension letter before'],
    ['Almaty𝐀', 'a mathematical letter after'],
    ['Tokayev𝟕', 'a mathematical digit after'],
    ['𝟕Tokayev', 'a mathematical digit before'],
  ])('counts a letter outside the BMP as part of the word: "%s" (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['😀Almaty😀', 'an emoji'],
    ['𐄀Almaty', 'an Aegean word separator'],
  ])('still finds a name next to a non-letter outside the BMP: "%s" (%s)', (text) => {
    expect(found(text)).toEqual([['Almaty', 'almaty']]);
  });

  it('treats punctuation, including the underscore, as a word boundary', () => {
    expect(found('#Almaty_2022')).toEqual([['Almaty', 'almaty']]);
  });

  it.each([
    ["ALMATI'DA", 'ALMATI', 'almaty'],
    ["KAZAKİSTAN'DA", 'KAZAKİSTAN', 'kazakhstan'],
    ['QAZAXISTANDA', 'QAZAXISTANDA', 'kazakhstan'],
  ])(
    'reads Turkish and Azerbaijani capitals (%s), where ı becomes I and i becomes İ',
    (text, name, id) => {
      expect(found(text)).toEqual([[name, id]]);
    },
  );

  it('takes the longest alias at a position', () => {
    expect(found('Qasym-Jomart Toqaev')).toEqual([['Qasym-Jomart Toqaev', 'tokayev']]);
    expect(found('Қазақстанның')).toEqual([['Қазақстанның', 'kazakhstan']]);
    expect(found('Kazahsztánban')).toEqual([['Kazahsztánban', 'kazakhstan']]);
  });

  it('searches only mentions starting in [from, to), for sliced scanning', () => {
    const text = 'Almaty ... Tokayev ... Kazakhstan';
    const all = matcher.find(text);
    expect(all).toHaveLength(3);
    const first = all[1]?.start ?? -1;
    expect(matcher.find(text, first, first + 1).map((m) => m.entityId)).toEqual(['tokayev']);
    expect(matcher.find(text, 0, 1).map((m) => m.entityId)).toEqual(['almaty']);
    // a mention starting inside the slice may end after it
    expect(matcher.find(text, first, first + 2)[0]?.end).toBe(first + 'Tokayev'.length);
  });

  it('returns one shared empty array when nothing is found', () => {
    expect(matcher.find('nothing here')).toBe(matcher.find('nor here'));
  });

  it('counts thousands of mentions exactly', () => {
    const text = 'Tokayev in Almaty. '.repeat(5_000);
    const mentions = matcher.find(text);
    expect(mentions).toHaveLength(10_000);
    expect(mentions.filter((m) => m.entityId === 'tokayev')).toHaveLength(5_000);
  });
});

describe('matcher: compiled from any aliases', () => {
  const entity = (id: EntityId, spellings: string[]): Entity => ({
    id,
    name: id,
    shortName: id,
    descriptor: '',
    descriptorFact: '',
    aliases: [{ language: 'Test', script: 'Latin', usedBy: 'tests', spellings }],
  });
  const custom = compileMatcher([entity('kazakhstan', ['Abcd']), entity('almaty', ['Abcd-Efgh'])]);
  const names = (text: string) =>
    custom.find(text).map((m) => [text.slice(m.start, m.end), m.entityId]);

  it.each([
    ['Abcd!', [['Abcd', 'kazakhstan']]],
    ['Abcd-Efgh!', [['Abcd-Efgh', 'almaty']]],
    // The first pass sees the start of the longer alias; the shorter one is the mention.
    ['Abcd-x', [['Abcd', 'kazakhstan']]],
    ['Abcdef!', []],
  ])('finds a short alias whose start is also a longer alias\'s: "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
