// The full check of a group where its forms compete: the longest ending wins in a script where
// any ending may close a name, and a Devanagari letter that takes a nukta is matched as written
// or precomposed, never by some other character in its place.
import { describe, expect, it } from 'vitest';
import { groupCheck } from '@/src/matching/alias-check';
import { group } from '../dossier/alias-group';

describe('groupCheck: competing endings', () => {
  it.each([[['市', '市区']], [['市区', '市']]])(
    'takes the longest ending a Chinese name has, the endings given as %j',
    (suffixes) => {
      const check = groupCheck(group({ script: 'Han', spellings: ['阿拉木图'], suffixes }));
      expect(check('阿拉木图市区的', 0)).toBe(6);
      expect(check('阿拉木图市的', 0)).toBe(5);
      expect(check('阿拉木图的', 0)).toBe(4);
    },
  );
});

describe('groupCheck: Devanagari letters with a nukta', () => {
  const check = groupCheck(group({ script: 'Devanagari', spellings: ['कज़ाख़स्तान'] }));

  it('matches the nukta written after its letter, or the letter precomposed', () => {
    expect(check('कज़ाख़स्तान', 0)).toBe(11);
    expect(check('कज़ा\u0959स्तान', 0)).toBe(10);
  });

  it('does not match another character where such a letter stands', () => {
    expect(check('कज़ाxस्तान', 0)).toBe(-1);
    expect(check('कज़ाकस्तान', 0)).toBe(-1);
  });
});
