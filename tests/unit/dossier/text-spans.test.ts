import { describe, expect, it } from 'vitest';
import {
  countOccurrences,
  locateQuote,
  paragraphRanges,
  type TextRange,
} from '@/src/dossier/text-spans';

const slices = (text: string, ranges: TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('locating a quote', () => {
  it.each([
    ['its first occurrence', 'we said it, and said it again', 'said it', { start: 3, end: 10 }],
    ['nothing for a quote the text lacks', 'we said it', 'wrote', undefined],
    ['nothing for an empty quote, which every text would hold', 'we said it', '', undefined],
  ])('finds %s', (_what, text, quote, expected) => {
    expect(locateQuote(text, quote)).toEqual(expected);
  });
});

describe('counting occurrences', () => {
  it.each([
    ['separate ones', 'Almaty and Almaty', 'Almaty', 2],
    ['overlapping ones', 'aaaa', 'aa', 3],
    ['none of an empty needle', 'Almaty', '', 0],
  ])('counts %s', (_what, text, needle, expected) => {
    expect(countOccurrences(text, needle)).toBe(expected);
  });
});

describe('paragraph ranges', () => {
  it.each([
    ['single line breaks inside it', 'one\ntwo\nthree', ['one\ntwo\nthree']],
    ['a blank line that holds spaces', 'one\n \t\ntwo', ['one', 'two']],
    ['Windows line ends', 'one\r\ntwo\r\n\r\nthree', ['one\r\ntwo', 'three']],
    ['spaces at its end', 'one.  \n\n  two.\t', ['one.', 'two.']],
  ])('ends a paragraph at a blank line, with %s', (_what, text, expected) => {
    expect(slices(text, paragraphRanges(text))).toEqual(expected);
  });
});
