import { describe, expect, it } from 'vitest';
import { FOLD_TRIGGER_CLASS, foldText, needsFolding } from '../../../src/matching/fold-text';

/** Every folded range maps back to an original range that folds to the same text. */
function expectRoundTrip(original: string) {
  const folded = foldText(original);
  for (let a = 0; a <= folded.text.length; a += 1) {
    for (let b = a; b <= folded.text.length; b += 1) {
      const from = folded.toOriginalStart(a);
      const to = b === a ? from : folded.toOriginalEnd(b);
      expect(foldText(original.slice(from, to)).text, `[${a}, ${b})`).toBe(folded.text.slice(a, b));
    }
  }
}

describe('foldText', () => {
  it.each([
    ['soft hyphen', 'Kasach\u00adstan', 'Kasachstan'],
    ['zero-width space', 'Kazakh\u200bstan', 'Kazakhstan'],
    ['zero-width non-joiner and joiner', 'Ka\u200czakh\u200dstan', 'Kazakhstan'],
    ['word joiner and byte-order mark', 'Alm\u2060aty\ufeff', 'Almaty'],
    ['bidirectional marks', '\u200fקזחסטן\u200e', 'קזחסטן'],
    ['isolates and embeddings', '\u2067كازاخستان\u2069 \u202bא\u202c', 'كازاخستان א'],
    ['Arabic tatweel', 'كازاخـــستان', 'كازاخستان'],
    ['Arabic vowel marks', 'كَازَاخِسْتَان', 'كازاخستان'],
    ['Hebrew points', 'קָזַחְסְטָן', 'קזחסטן'],
    ['a combining accent (NFD)', 'Kazajista\u0301n', 'Kazajistán'],
    ['stacked combining marks', 'Toka\u0308\u0301yev', 'Toka\u0308\u0301yev'.normalize('NFC')],
    ['Cyrillic NFD', 'Тока\u0435\u0308в Таке\u0443\u0306', 'Токаёв Такеў'],
    ['Korean conjoining jamo', '\u110f\u1161\u110c\u1161', '카자'],
    ['a Hangul syllable and a final jamo', '가\u11a8', '각'],
    ['Japanese voicing mark', 'カ\u3099', 'ガ'],
  ])('folds %s', (_what, original, expected) => {
    expect(foldText(original).text).toBe(expected);
  });

  it.each([
    'plain text, nothing to fold',
    'Kasach\u00adstan',
    '\u00ad\u00adKa\u200bza\u0301kh\u00ad',
    'a\u0301b\u0301\u00adc\u0302',
    'ב\u05b0\u05bcקָזַחְ',
    'x\u0301\u0301\u0301',
  ])('maps every range of "%s" back exactly', (original) => {
    expectRoundTrip(original);
  });

  it('leaves text that needs nothing untouched, offsets unchanged', () => {
    const text = 'Tokayev in Almaty';
    const folded = foldText(text);
    expect(folded.text).toBe(text);
    expect([0, 7, 17].map(folded.toOriginalStart)).toEqual([0, 7, 17]);
    expect([0, 7, 17].map(folded.fromOriginal)).toEqual([0, 7, 17]);
    expect(needsFolding(text)).toBe(false);
    expect(needsFolding('Kasach\u00adstan')).toBe(true);
  });

  it('keeps removed characters inside a range and outside at its ends', () => {
    const original = '\u00adKasach\u00adstan\u00ad!';
    const folded = foldText(original);
    expect(folded.text).toBe('Kasachstan!');
    // The name is folded [0, 10); in the original it starts after the first soft hyphen
    // and ends before the last one, with the inner one inside.
    expect(folded.toOriginalStart(0)).toBe(1);
    expect(folded.toOriginalEnd(10)).toBe(12);
    expect(original.slice(1, 12)).toBe('Kasach\u00adstan');
  });

  it('maps a composed letter to the letter and all its marks', () => {
    const original = 'Kazajista\u0301n!';
    const folded = foldText(original);
    expect(folded.text.indexOf('á')).toBe(8);
    expect(folded.toOriginalStart(8)).toBe(8);
    expect(folded.toOriginalEnd(9)).toBe(10); // after "a\u0301"
    expect(folded.toOriginalEnd(10)).toBe(11); // after "n"
    expect(folded.fromOriginal(9)).toBe(9); // the mark belongs to á: next folded char
    expect(folded.fromOriginal(10)).toBe(9);
  });

  it('folds a window of a longer text, offsets into the whole text', () => {
    const original = 'x\u00ad'.repeat(10) + 'Kasach\u00adstan' + 'y\u00ad'.repeat(10);
    const start = original.indexOf('K');
    const folded = foldText(original, start - 4, start + 20);
    expect(folded.text).toBe('xxKasachstanyyyyy');
    expect(folded.toOriginalStart(2)).toBe(start);
    expect(folded.toOriginalEnd(12)).toBe(start + 'Kasach\u00adstan'.length);
    expect(folded.fromOriginal(start)).toBe(2);
  });

  it.each([
    ['up to a soft hyphen', 'Kasach\u00adstan!', 0, 7, 'Kasachstan'.slice(0, 6)],
    [
      'from a letter after a soft hyphen to the end',
      'Ka\u00adzakh\u00adstan',
      3,
      undefined,
      'zakhstan',
    ],
  ])('folds a window %s, with offsets into the whole text', (_what, original, start, end, text) => {
    expect(foldText(original, start, end).text).toBe(text);
  });

  it('maps offsets of a window that runs to the end of the text', () => {
    // "zakh\u00adstan" from offset 3: the soft hyphen at 7 is the only edit.
    const folded = foldText('Ka\u00adzakh\u00adstan', 3);
    expect([0, 4, 8].map(folded.toOriginalStart)).toEqual([3, 8, 12]);
    expect(folded.toOriginalEnd(8)).toBe(12);
    expect([3, 6, 7, 8].map(folded.fromOriginal)).toEqual([0, 3, 4, 4]);
  });

  it('keeps a letter outside the BMP whole when NFC reorders its marks', () => {
    // U+10400 (its low surrogate is U+DC00) with marks NFC puts in canonical order: the
    // letter's second unit has no exact original offset and takes the segment's last unit.
    const folded = foldText('\u{10400}\u0301\u0316!');
    expect(folded.text).toBe('\u{10400}\u0316\u0301!');
    expect([0, 1, 2, 3, 4].map(folded.toOriginalStart)).toEqual([0, 3, 3, 3, 4]);
    expect(folded.toOriginalEnd(4)).toBe(4);
  });

  it('works on several text nodes joined, so a name split across them maps back', () => {
    // The way a name split by inline markup (Kazakh<b>stan</b>) would be searched later:
    // join the nodes, fold, and map offsets back to node boundaries.
    const nodes = ['In Kazakh', '\u00adstan', ' today'];
    const joined = nodes.join('');
    const folded = foldText(joined);
    const start = folded.toOriginalStart(folded.text.indexOf('Kazakhstan'));
    const end = folded.toOriginalEnd(folded.text.indexOf('Kazakhstan') + 'Kazakhstan'.length);
    expect(joined.slice(start, end)).toBe('Kazakh\u00adstan');
    expect([start, end]).toEqual([3, nodes[0]!.length + nodes[1]!.length]);
  });

  it('costs one edit, not one entry per character, on a long text', () => {
    const original = `${'a'.repeat(1_000_000)}\u00ad${'b'.repeat(1_000_000)}`;
    const folded = foldText(original);
    expect(folded.text.length).toBe(2_000_000);
    expect(folded.toOriginalStart(1_500_000)).toBe(1_500_001);
    expect(folded.fromOriginal(1_500_001)).toBe(1_500_000);
  });
});

describe('needsFolding', () => {
  it.each([
    ['the whole text', 'Kasach\u00adstan', 0, undefined, true],
    ['a part before the soft hyphen', 'Kasach\u00adstan', 0, 6, false],
    ['a part holding it', 'Kasach\u00adstan', 6, 7, true],
    ['a part after it, to the end', 'Ka\u00adzakhstan', 3, undefined, false],
  ])('tells whether %s needs folding', (_what, text, start, end, needs) => {
    expect(needsFolding(text, start, end)).toBe(needs);
  });
});

describe('the fold trigger class', () => {
  it('matches the same characters with and without case folding', () => {
    // In a case-insensitive pattern a class also matches the case variants of its members
    // (U+0345 would match every iota): none may slip in.
    const plain = new RegExp(`^${FOLD_TRIGGER_CLASS}$`, 'u');
    const folded = new RegExp(`^${FOLD_TRIGGER_CLASS}$`, 'iu');
    const extra: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (folded.test(char) && !plain.test(char)) extra.push(code.toString(16));
    }
    expect(extra).toEqual([]);
  });
});
