import { describe, expect, it } from 'vitest';
import type { SurnameContext } from '@/src/dossier/types';
import { surnameRule } from '@/src/matching/surname-rule';

const CONTEXT: SurnameContext = {
  ownNames: ['Kassym', 'Jomart', 'Касым', 'O’Neil', 'Ma’ruf', 'Zhómart'],
  titles: ['President', 'Президент'],
  titleEndings: ['chef'],
};
/** Another known name starts where "Almaty" or "Казахстана" does. */
const isName = (text: string, at: number) =>
  text.startsWith('Almaty', at) || text.startsWith('Казахстана', at);
const isOtherPerson = surnameRule(CONTEXT, isName);

/** Whether the last "Tokayev" (or "Токаев") of `text` is taken for another person. */
function other(text: string): boolean {
  const name = text.includes('Tokayev') ? 'Tokayev' : 'Токаев';
  return isOtherPerson(text, text.lastIndexOf(name), name);
}

describe('surnameRule', () => {
  it.each([
    ['We met Timur Tokayev there.', 'a given name before it'],
    ['We met Timur\u00a0Tokayev there.', 'a given name and a no-break space'],
    ['We met Ólafur Tokayev there.', 'a given name with an accent'],
    ['We met Pál Tokayev there.', 'a short given name'],
    ['We met Li Tokayev there.', 'a two-letter given name'],
    ['A Timur Tokayev spoke.', 'a given name after a one-letter first word'],
    ['We met O’neill Tokayev there.', 'a given name with an apostrophe'],
    ['Мы видели Тимура Токаев там.', 'a Cyrillic given name'],
    ['So Timur Tokayev said.', 'a given name after a capitalised word'],
    ['Say, Timur Tokayev said.', 'a given name after a comma'],
  ])('takes %j for another person (%s)', (text) => {
    expect(other(text)).toBe(true);
  });

  it.each([
    ['Kassym-Jomart Tokayev said', 'the person’s own given name'],
    ['We met Kassym Tokayev there.', 'the person’s own given name alone'],
    ['We met KASSYM Tokayev there.', 'a word in capitals'],
    ['Мы видели Касым Токаев там.', 'the person’s own name in Cyrillic'],
    ['We met O’Neil Tokayev there.', 'an own name with an apostrophe'],
    ['We met ONeil Tokayev there.', 'an own name written without its apostrophe'],
    ["We met Ma'ruf Tokayev there.", 'an own name written with another apostrophe'],
    ['We met Zho\u0301mart Tokayev there.', 'an own name with its accent written apart (NFD)'],
    ['We met President Tokayev there.', 'a title'],
    ['We met president Tokayev there.', 'a title in lower case'],
    ['We met Президент Токаев там.', 'a Cyrillic title'],
    ['We met Staatschef Tokayev there.', 'a compound title'],
    ['We met Almaty Tokayev there.', 'another known name'],
    ['Yesterday Tokayev said', 'the first word of the text'],
    [' Yesterday Tokayev said', 'the first word of the text after a space'],
    ['It rained. Yesterday Tokayev said', 'the first word of a sentence'],
    ['It rained!  Yesterday Tokayev said', 'a sentence after two spaces'],
    ['It rained\nYesterday Tokayev said', 'the first word of a line'],
    ['It rained \n Yesterday Tokayev said', 'the first word of a line, spaces around the break'],
    ['“Yesterday Tokayev said', 'the first word of a quotation'],
    ['(Yesterday Tokayev said', 'the first word in brackets'],
    ['We met tokayev Tokayev there.', 'a word in lower case'],
    ['We met T Tokayev there.', 'a single capital'],
    ['We met TiMur Tokayev there.', 'a capital inside the word'],
    ['We met Timur-Tokayev there.', 'a hyphen, not a space'],
    ['We met Timur  Tokayev there.', 'two spaces'],
    ['Ab Tokayev', 'a given name at the start of the text'],
  ])('takes %j for the person (%s)', (text) => {
    expect(other(text)).toBe(false);
  });

  it.each([
    ['We met Timur Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', 'a full name'],
    ['We met Timur 托卡耶夫', '托卡耶夫', 'a name in a script without case'],
    ['We met Timur tokayev', 'tokayev', 'a surname in lower case'],
    ['Mr Tokayev', 'Tokayev', 'a surname too close to the start to have a word before it'],
  ])('leaves %j alone (%s)', (text, name) => {
    expect(isOtherPerson(text, text.lastIndexOf(name), name)).toBe(false);
  });

  it('asks for the other known name at the start of the word before', () => {
    const asked: number[] = [];
    const rule = surnameRule(CONTEXT, (_text, at) => {
      asked.push(at);
      return false;
    });
    expect(rule('We met Timur Tokayev', 13, 'Tokayev')).toBe(true);
    expect(asked).toEqual([7]);
  });
});
