import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { compileMatcher, formsOf } from '../../../src/matching/compile-matcher';
import { marked } from '../../fixtures/marked-text';

const matcher = compileMatcher(ENTITIES);
const found = (text: string) =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId] as const);

const everyForm = ENTITIES.flatMap((entity) =>
  formsOf(entity).map((form) => [form, entity.id] as const),
);
const middle = (form: string) => Math.ceil([...form].length / 2);
/** `form` with `char` put between two of its code points, halfway. */
const withInside = (form: string, char: string) => {
  const points = [...form];
  return [...points.slice(0, middle(form)), char, ...points.slice(middle(form))].join('');
};

describe('matcher: names as pages write them', () => {
  it.each(everyForm)('finds "%s" written in decomposed form (NFD) as %s', (form, id) => {
    const nfd = form.normalize('NFD');
    expect(found(`« ${nfd} »`)).toEqual([[nfd, id]]);
  });

  it.each(everyForm)('finds "%s" with a soft hyphen inside as %s', (form, id) => {
    const hyphenated = withInside(form, '\u00ad');
    expect(found(`« ${hyphenated} »`)).toEqual([[hyphenated, id]]);
  });

  it.each([
    ['zero-width space', '\u200b', 'Kazakhstan'],
    ['zero-width non-joiner', '\u200c', 'Казахстан'],
    ['zero-width joiner', '\u200d', 'Токаев'],
    ['word joiner', '\u2060', 'Almaty'],
    ['byte-order mark', '\ufeff', 'Tokajew'],
    ['right-to-left mark', '\u200f', 'كازاخستان'],
    ['Arabic tatweel', '\u0640', 'توكاييف'],
    ['zero-width space in Chinese', '\u200b', '哈萨克斯坦'],
    ['zero-width space in Japanese', '\u200b', 'カザフスタン'],
    ['zero-width space in Korean', '\u200b', '카자흐스탄'],
    ['soft hyphen in Hindi', '\u00ad', 'कज़ाख़स्तान'],
  ])('finds a name with a %s inside', (_what, char, form) => {
    const written = withInside(form, char);
    expect(found(` ${written} `).map(([name]) => name)).toEqual([written]);
  });

  it.each([
    ['no-break space in a full name', '{Kassym-Jomart\u00a0Tokayev:T} said'],
    ['narrow no-break space', '{Kassym-Jomart\u202fTokayev:T}'],
    ['no-break space in the former name', 'in {Alma\u00a0Ata:A}'],
    ['no-break space in Korean', '{카심조마르트\u00a0토카예프:T}'],
    ['soft hyphens at both ends stay outside', '\u00ad{Kasach\u00adstan:K}\u00ad'],
    ['vocalised Hebrew with a prefix', 'בְּ{קָזַחְסְטָן:K}'],
    ['vocalised Arabic with a prefix', 'وَ{كَازَاخِسْتَان:K}'],
    ['an Arabic hamza written as a combining mark', '{ا\u0654لماتي:A}'],
    ['names before and after a soft hyphen elsewhere', '{Almaty:A} In\u00adfo {Kazakhstan:K}'],
    [
      'German soft hyphens in running text',
      'Prä\u00adsi\u00addent {To\u00adka\u00adjew:T} in {Ka\u00adsach\u00adstan:K}',
    ],
  ])('%s', (_what, sample) => {
    const { text, mentions } = marked(sample);
    expect(found(text)).toEqual(mentions);
  });

  it('gives the same mentions when a long text with soft hyphens is searched in slices', () => {
    const text =
      'Reports from Ka\u00adsach\u00adstan and Al\u00admaty, then To\u00adka\u00adjew. '.repeat(
        2_000,
      );
    const whole = matcher.find(text);
    const pieces = [];
    for (let from = 0; from < text.length;) {
      const to = Math.min(text.length, from + 1_000);
      const found = matcher.find(text, from, to);
      pieces.push(...found);
      from = Math.max(to, found[found.length - 1]?.end ?? to);
    }
    expect(whole).toHaveLength(6_000);
    expect(pieces).toEqual(whole);
  });
});
