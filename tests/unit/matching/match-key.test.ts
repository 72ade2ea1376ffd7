// What two forms of an alias have in common when they compile to the same pattern: case,
// variant letters (Greek tonos) and the Devanagari nukta aside; and a form's punctuation is
// matched as itself.
import { describe, expect, it } from 'vitest';
import { matchKey, wordLetters } from '@/src/matching/letter-variants';

describe('the match key of a form', () => {
  it('is the same for a Greek name in headline capitals without its tonos', () => {
    expect(matchKey('ΑΛΜΑΤΙ', 'Greek')).toBe(matchKey('Αλμάτι', 'Greek'));
    expect(matchKey('Αλμάτι', 'Greek')).not.toBe(matchKey('Αλμότι', 'Greek'));
  });

  it('is the same with or without a nukta, and differs with another consonant', () => {
    expect(matchKey('कज़ाख़स्तान', 'Devanagari')).toBe(matchKey('कजाखस्तान', 'Devanagari'));
    expect(matchKey('कज़ाख़स्तान', 'Devanagari')).not.toBe(matchKey('कजाकस्तान', 'Devanagari'));
  });
});

describe('the letters of a form', () => {
  it.each(['.', '(', '+', '$'])('match "%s" as itself, not as pattern syntax', (char) => {
    const [, letter] = wordLetters(`a${char}b`, 'Latin');
    const pattern = new RegExp(`^${letter?.source ?? ''}$`, 'iu');
    expect(pattern.test(char)).toBe(true);
    expect(pattern.test('x')).toBe(false);
  });
});
