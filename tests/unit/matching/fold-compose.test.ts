// Folding composes combining marks with the one letter before them (two code units if that
// letter is outside the BMP), so the letters before keep their own offsets.
import { describe, expect, it } from 'vitest';
import { foldText } from '@/src/matching/fold-text';

describe('composing marks with their letter', () => {
  it('composes a mark with the letter before it alone', () => {
    const folded = foldText('xya\u0301z');
    expect(folded.text).toBe('xyáz');
    expect([0, 1, 2, 3].map(folded.toOriginalStart)).toEqual([0, 1, 2, 4]);
    expect(folded.toOriginalEnd(2)).toBe(2);
    expect(folded.toOriginalEnd(3)).toBe(4);
    expect(folded.fromOriginal(1)).toBe(1);
    expect(folded.fromOriginal(2)).toBe(2);
  });

  it('maps the end of a mention that closes on a composed letter to the end of its marks', () => {
    const folded = foldText('Kazajista\u0301n');
    expect(folded.text).toBe('Kazajistán');
    expect(folded.toOriginalEnd(9)).toBe(10);
    expect(folded.toOriginalEnd(10)).toBe(11);
  });
});
