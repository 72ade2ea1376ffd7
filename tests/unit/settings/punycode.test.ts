import { describe, expect, it } from 'vitest';
import { decodePunycode } from '../../../src/settings/punycode';

describe('decodePunycode', () => {
  // RFC 3492 section 7.1 sample strings (A-L) and a few more: long labels take the bias through
  // many adaptations, so a wrong constant in `adapt` garbles at least one of them.
  it.each([
    ['Arabic (RFC 3492 A)', 'egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['simplified Chinese (B)', 'ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['Czech (D)', 'Proprostnemluvesky-uyb24dma41a', 'Pročprostěnemluvíčesky'],
    ['Hebrew (E)', '4dbcagdahymbxekheh6e0a7fei0b', 'למההםפשוטלאמדבריםעברית'],
    ['Hindi (F)', 'i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd', 'यहलोगहिन्दीक्योंनहींबोलसकतेहैं'],
    [
      'Japanese (G)',
      'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa',
      'なぜみんな日本語を話してくれないのか',
    ],
    [
      'Korean (H)',
      '989aomsvi5e83db1d2a355cv1e0vak1dwrv93d5xbh15a0dt30a5jpsd879ccm6fea98c',
      '세계의모든사람들이한국어를이해한다면얼마나좋을까',
    ],
    ['Russian (I)', 'b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
    [
      'Spanish (J)',
      'PorqunopuedensimplementehablarenEspaol-fmd56a',
      'PorquénopuedensimplementehablarenEspañol',
    ],
    [
      'Vietnamese (K)',
      'TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g',
      'TạisaohọkhôngthểchỉnóitiếngViệt',
    ],
    ['Japanese with ASCII (L)', '3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['Kazakh', '80aaa0a6awh12ed', 'қазақстан'],
    ['a letter outside the BMP', 'fctt27jo60v', '𠮷野家'],
    ['emoji', 'e28hga', '😀😃'],
    ['the highest code point, U+10FFFF', 'dn32g', '\u{10FFFF}'],
    ['ASCII only, with the delimiter last', 'abc-', 'abc'],
    // Found by search: their deltas put the bias adaptation exactly at, or just past, its
    // threshold ((36 - 1) * 26 / 2 = 455), where an off-by-one in `adapt` shows.
    ['mixed scripts, a delta at the adaptation threshold', 'ce-5kc24e6802b', 'ceЯ湸ӥ'],
    ['mixed scripts, a delta just past the threshold', 'h1a92as36t7znnizkrr', 'Ӗ邆岶芒и洦'],
  ])('decodes %s', (_what, encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it.each([
    ['dn32h', 'a code point past U+10FFFF'],
    ['dn33zzz', 'a code point far past U+10FFFF'],
    ['-abc', 'a leading delimiter (nothing before it, so it is read as a digit: RFC 3492 6.2)'],
    ['-', 'the delimiter alone'],
    ['a!b', 'a symbol below the digits'],
    ['!', 'a symbol alone'],
    ['a.b', 'a full stop'],
    ['a_b', 'an underscore, between the capitals and the small letters'],
    ['a{b', 'a brace, past the small letters'],
    ['~', 'a tilde, past the small letters'],
    ['zz', 'a number cut off in the middle'],
    ['9', 'a single digit that asks for more'],
  ])('gives null for %s (%s)', (encoded) => {
    expect(decodePunycode(encoded)).toBeNull();
  });
});
