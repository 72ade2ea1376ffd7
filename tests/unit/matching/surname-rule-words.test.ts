// The words before a lone surname, with the rule built for each case: the person's own names
// and titles keep the surname his; a given name, also one opening with a title-case digraph
// (Croatian "ǅemal"), makes it another person's.
import { describe, expect, it } from 'vitest';
import { surnameRule } from '@/src/matching/surname-rule';

const noOtherName = () => false;

function isOther(words: string) {
  const rule = surnameRule(
    { ownNames: ['Kassym', 'Jomart'], titles: ['President'], titleEndings: ['chef'] },
    noOtherName,
  );
  const text = `We met ${words} Tokayev there.`;
  return rule(text, text.indexOf('Tokayev'), 'Tokayev');
}

describe('the word before a lone surname', () => {
  it.each(['Kassym', 'JOMART', 'President', 'Staatschef'])('%s keeps it his', (word) => {
    expect(isOther(word)).toBe(false);
  });

  it.each(['Timur', 'ǅemal'])('%s makes it another person’s', (word) => {
    expect(isOther(word)).toBe(true);
  });

  it.each(['ǅEMAL', 'TiMur'])(
    '%s, with capitals after its first letter, is no given name',
    (word) => {
      expect(isOther(word)).toBe(false);
    },
  );
});
