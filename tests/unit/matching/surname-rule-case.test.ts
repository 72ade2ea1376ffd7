import { describe, expect, it } from 'vitest';
import { surnameRule } from '@/src/matching/surname-rule';

const isOtherPerson = surnameRule({ ownNames: [], titles: [], titleEndings: [] }, () => false);
const other = (text: string) => isOtherPerson(text, text.lastIndexOf('Tokayev'), 'Tokayev');

describe('surnameRule: what is written like a given name', () => {
  it.each([
    ['We met Aあ Tokayev there.', 'a capital, then a letter without case'],
    ['We met Aʼ Tokayev there.', 'a capital, then an apostrophe only'],
    ['We met timur Tokayev there.', 'no capital first'],
  ])('does not take %j for another person (%s)', (text) => {
    expect(other(text)).toBe(false);
  });

  it.each([
    ['We met Aあb Tokayev there.', 'a capital, then letters with and without case'],
    ['We met Timur Tokayev there.', 'a capital, then lower-case letters'],
  ])('takes %j for another person (%s)', (text) => {
    expect(other(text)).toBe(true);
  });
});
