import { describe, expect, it } from 'vitest';
import { groupCheck } from '@/src/matching/alias-check';
import { group } from '../dossier/alias-group';

const LATIN = groupCheck(
  group({
    spellings: ['Alma Ata', 'Almaty', 'Alma'],
    suffixes: ['da', 'ban'],
    inflected: ['Almatoga'],
  }),
);

describe('groupCheck: an alphabet', () => {
  it.each([
    ['Almaty', 0, 6, 'a spelling'],
    ['in Almaty.', 3, 9, 'a spelling inside a text'],
    ['ALMATY', 0, 6, 'in capitals'],
    ['Almatyda', 0, 8, 'with an ending'],
    ['Almatyban,', 0, 9, 'with the longer ending'],
    ['Almatyx', 0, -1, 'followed by a letter'],
    ['Almatydax', 0, -1, 'with an ending followed by a letter, not cut back to the name'],
    ['Almaty2', 0, -1, 'followed by a digit'],
    ['Alma Ata', 0, 8, 'the longest form of several'],
    ['Alma-Ata', 0, 8, 'a hyphen between its words'],
    ['Alma \u00a0 Ata', 0, 10, 'a run of separators between its words'],
    ['Alma Atax', 0, 4, 'a longer form that goes on into a word: the shorter one'],
    ['AlmaAta', 0, -1, 'no separator where the form has one'],
    ['Alma ', 0, 4, 'a separator at the end of the text'],
    ['Alm', 0, -1, 'the text ending inside the name'],
    ['Almatoga', 0, 8, 'an inflected form'],
    ['Almatogada', 0, -1, 'an inflected form with an ending (inflected forms take none)'],
    ['xAlmaty', 1, 7, 'at a position inside a text (the start rule is not this check’s)'],
  ])('finds in %j at %i the end %i (%s)', (text, start, end) => {
    expect(LATIN(text, start)).toBe(end);
  });
});

describe('groupCheck: Chinese, Japanese and Korean', () => {
  const han = groupCheck(
    group({
      script: 'Han',
      spellings: ['哈萨克斯坦', '𠮷野家'],
      suffixes: ['市', '市长'],
      notBefore: ['人', '族'],
      stillBefore: ['人口'],
    }),
  );
  it.each([
    ['哈萨克斯坦', 5, 'a name'],
    ['哈萨克斯坦的', 5, 'a name before another character'],
    ['哈萨克斯坦市长', 7, 'the longer of two endings'],
    ['哈萨克斯坦人', -1, 'a name that becomes a demonym'],
    ['哈萨克斯坦族', -1, 'a name that becomes a people'],
    ['哈萨克斯坦人口', 5, 'a name before a longer word that keeps it a name'],
    ['𠮷野家', 4, 'a name with a character outside the BMP'],
  ])('finds in %j the end %i (%s)', (text, end) => {
    expect(han(text, 0)).toBe(end);
  });

  const kana = groupCheck(group({ script: 'Kana', spellings: ['カザフスタン'] }));
  it.each([
    [0x30a1, -1],
    [0x30fa, -1],
    [0x30fc, -1],
    [0x30fe, -1],
    [0x3099, -1],
    [0x309a, -1],
    [0x0300, -1],
    [0x036f, -1],
    [0x30a0, 6],
    [0x30fb, 6],
    [0x30ff, 6],
    [0x3098, 6],
    [0x309b, 6],
    [0x02ff, 6],
    [0x0370, 6],
    [0x306e, 6],
  ])(
    'ends a Japanese name before code point %i (decimal) only outside katakana: %i',
    (code, end) => {
      expect(kana(`カザフスタン${String.fromCharCode(code)}`, 0)).toBe(end);
    },
  );

  const hangul = groupCheck(
    group({ script: 'Hangul', spellings: ['카자흐스탄'], particles: ['에', '에서', '의'] }),
  );
  it.each([
    ['카자흐스탄', 5, 'a name'],
    ['카자흐스탄 ', 5, 'a name before a space'],
    ['카자흐스탄에서 ', 5, 'a name before a particle, which is not part of the mention'],
    ['카자흐스탄의', 5, 'a name before a particle at the end of the text'],
    ['카자흐스탄에서는', -1, 'a name before a particle that goes on'],
    ['카자흐스탄인', -1, 'a name that goes on into another word'],
  ])('finds in %j the end %i (%s)', (text, end) => {
    expect(hangul(text, 0)).toBe(end);
  });
});
