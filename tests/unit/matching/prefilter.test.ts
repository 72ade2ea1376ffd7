import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { bundledMatcher } from '../../../src/matching/bundled-matcher';
import { formsOf } from '../../../src/matching/compile-matcher';
import { createPrefilter, type Span } from '../../../src/matching/prefilter';

const prefilter = createPrefilter();
const matcher = bundledMatcher();
const FORMS = ENTITIES.flatMap(formsOf);

const inSome = (spans: readonly Span[], at: number) =>
  spans.some((span) => span.start <= at && at < span.end);

/** Every mention the matcher finds in `text` starts inside a span of the prefilter. */
function uncovered(text: string): number[] {
  const spans = prefilter.scan(text);
  return matcher
    .find(text)
    .map((mention) => mention.start)
    .filter((start) => !inSome(spans, start));
}

/** A form written as pages write it: a folding character after its `at`-th code unit. */
const variants = (form: string): string[] => [
  form,
  form.normalize('NFD'),
  ...[1, 2, 3, 4].flatMap((at) =>
    ['\u00ad', '\u200b', '\u200e', '\u0301'].map(
      (mark) => form.slice(0, at) + mark + form.slice(at),
    ),
  ),
];

describe('prefilter', () => {
  it.each([
    ['English prose', 'The minister said on Tuesday that talks would go on. '.repeat(40)],
    ['Russian prose', 'Министр заявил во вторник, что переговоры продолжатся. '.repeat(40)],
    ['Arabic with vowel marks', 'قَالَ الْوَزِيرُ إِنَّ الْمُحَادَثَاتِ سَتَسْتَمِرُّ. '.repeat(40)],
    ['Persian with zero-width non-joiners', 'وزیر گفت که گفت‌وگوها ادامه می‌یابد. '.repeat(40)],
    ['Hebrew with points', 'הַשַּׂר אָמַר שֶׁהַשִּׂיחוֹת יִמָּשְׁכוּ. '.repeat(40)],
    ['German with soft hyphens', 'Die Ver\u00adhand\u00adlungen gehen wei\u00adter. '.repeat(40)],
    ['Vietnamese, decomposed', 'Bộ trưởng nói rằng cuộc đàm phán sẽ tiếp tục. '.normalize('NFD')],
  ])('finds no span in %s that names nobody', (_what, text) => {
    expect(prefilter.scan(text)).toEqual([]);
  });

  it('leaves no mention of any written form outside its spans, however the form is written', () => {
    let mentions = 0;
    let folded = 0;
    const missed: string[] = [];
    for (const form of FORMS) {
      for (const written of variants(form)) {
        const text = `Reports from ${written}, said on Tuesday.`;
        const found = matcher.find(text).length;
        mentions += found;
        if (found > 0 && written !== form) folded += 1;
        if (uncovered(text).length > 0) missed.push(JSON.stringify(written));
      }
    }
    expect(missed).toEqual([]);
    // The property was put to the test: thousands of mentions, hundreds behind folding.
    expect(mentions).toBeGreaterThan(FORMS.length);
    expect(folded).toBeGreaterThan(500);
  });

  it('covers every mention of the separate texts when they are read joined', () => {
    const nodes = FORMS.flatMap((form, i) => [
      `item ${i}: ${form}`,
      i % 3 === 0 ? `${form.slice(0, 2)}` : ' and ',
      `${form.slice(2)} tail`,
    ]);
    const joined = nodes.join('');
    const spans = prefilter.scan(joined);
    let offset = 0;
    let checked = 0;
    const missed: string[] = [];
    for (const node of nodes) {
      for (const mention of matcher.find(node)) {
        checked += 1;
        if (!inSome(spans, offset + mention.start)) missed.push(node);
      }
      offset += node.length;
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(FORMS.length / 2);
  });

  it.each([97, 997])(
    'covers every mention when the text is scanned %i characters at a time',
    (piece) => {
      const text = FORMS.map(
        (form, i) => `${'filler words '.repeat(i % 7)}${variants(form)[i % 18]}.`,
      ).join(' ');
      const spans: Span[] = [];
      for (let from = 0; from < text.length; from += piece) {
        spans.push(...prefilter.scan(text, from, Math.min(text.length, from + piece)));
      }
      const starts = matcher.find(text).map((mention) => mention.start);
      expect(starts.filter((start) => !inSome(spans, start))).toEqual([]);
      expect(starts.length).toBeGreaterThan(FORMS.length / 2);
    },
  );

  // Built in each test, not once for the file: what a test asks of the prefilter includes
  // how it is built (its flags).
  const pad = 'x'.repeat(100);
  it.each([
    ['a plain start', 'xx Tokayev', [{ start: 3, end: 8 }]],
    ['a soft hyphen inside the first letters', 'ab Ka\u00adzakhstan', [{ start: 0, end: 14 }]],
    ['a name in lower case behind a soft hyphen', 'ab ka\u00adzakhstan', [{ start: 0, end: 14 }]],
    [
      'a mark at the very start of the text, before a name',
      '\u200fTokayev',
      [
        { start: 0, end: 8 },
        { start: 1, end: 6 },
      ],
    ],
    [
      'a plain name before a folded one, in order of their start',
      'xx Tokayev, then Ka\u00adzakhstan',
      [
        { start: 0, end: 28 },
        { start: 3, end: 8 },
      ],
    ],
    // Soft hyphens at 103 and 108 form one cluster: 64 characters before the first, 64 after
    // the last. The one at 314 is too far to join it, and its window names nobody.
    [
      'two soft hyphens in one name, a third far off',
      `${pad} Ka\u00adzakh\u00adstan ${'x'.repeat(200)}\u00ad${pad}`,
      [{ start: 39, end: 173 }],
    ],
  ])('reports %s as its spans', (_what, text, spans) => {
    expect(createPrefilter().scan(text)).toEqual(spans);
  });

  it.each([
    ['a name starting where the piece ends', 'xx Tokayev', 0, 3, []],
    ['a name starting past the piece', 'xx and Tokayev', 0, 2, []],
    ['a name at the end of the piece', 'xx Tokayev', 0, 4, [{ start: 3, end: 8 }]],
    ['a name in a later piece', 'xx Tokayev and Almaty', 4, 21, [{ start: 15, end: 20 }]],
    [
      'a folded name just past the piece, which may hold its first letters',
      `${'x'.repeat(10)} Ka\u00adzakhstan`,
      0,
      5,
      [{ start: 0, end: 22 }],
    ],
    [
      'a folded name far past the piece, read with a later one',
      `${'x'.repeat(10)}${' '.repeat(300)}Ka\u00adzakhstan`,
      0,
      10,
      [],
    ],
  ])('scans a piece of a text: %s', (_what, text, from, to, spans) => {
    expect(createPrefilter().scan(text, from, to)).toEqual(spans);
  });

  it('covers a folded name at any distance after another folding character', () => {
    const missed: number[] = [];
    for (let gap = 0; gap < 160; gap += 1) {
      const text = `Ver\u00adhandlungen${'x'.repeat(gap)} Ka\u00adzakhstan.`;
      if (matcher.find(text).length !== 1 || uncovered(text).length > 0) missed.push(gap);
    }
    expect(missed).toEqual([]);
  });

  it('returns spans in order of their start', () => {
    const text = `Almaty, then Ka\u00adzakh\u00adstan, Tokayev and Almaty ${'x '.repeat(50)} Алматы`;
    const starts = prefilter.scan(text).map((span) => span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.length).toBeGreaterThanOrEqual(4);
  });
});
