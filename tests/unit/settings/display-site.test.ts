import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displaySite } from '../../../src/settings/display-site';
import { FILE_SITE_KEY, siteKey } from '../../../src/settings/site-key';

/** The stored key of a name typed in Unicode (the URL parser's punycode form). */
const keyOf = (name: string) => siteKey(`http://${name}/`) ?? '';

describe('displaySite', () => {
  it.each([
    ['алматы.kz', 'Cyrillic, not all of it Latin-looking'],
    ['президент.казахстан', 'Cyrillic under a Cyrillic top-level domain'],
    ['news.газета.рф', 'an ASCII label beside Cyrillic ones'],
    ['münchen.de', 'Latin with a diacritic'],
    ['münchen-1860.de', 'Latin with digits and a hyphen, which belong to no script'],
    ['алматы-2022.kz', 'Cyrillic with digits and a hyphen'],
    ['ασφάλεια.gr', 'Greek'],
    ['日本語.jp', 'Han'],
    ['ドメイン名例.jp', 'Katakana with Han, as Japanese is written'],
    ['abcテスト.jp', 'Latin with Katakana, as Japanese is written'],
    ['한국.kr', 'Hangul'],
    ['аррӏе.ru', 'Latin-looking Cyrillic under .ru, where Cyrillic is expected'],
    ['сосо.kz', 'Latin-looking Cyrillic under .kz'],
    ['مصر.eg', 'Arabic'],
    ['ישראל.il', 'Hebrew'],
    ['भारत.in', 'Devanagari'],
    ['ভারত.in', 'Bengali'],
    ['இந்தியா.in', 'Tamil'],
    ['ไทย.th', 'Thai'],
    ['ελλάδα.com', 'Greek with letters that do not look Latin, under any top-level domain'],
  ])('shows %s decoded (%s)', (name) => {
    const key = keyOf(name);
    expect(key).toContain('xn--');
    expect(displaySite(key)).toBe(domainToUnicode(key));
    expect(displaySite(key)).toBe(name);
  });

  it.each([
    ['аррӏе.com', 'xn--80ak6aa92e.com', 'Cyrillic letters that all look Latin ("apple")'],
    ['οκ.com', 'xn--vxaj.com', 'Greek letters that all look Latin ("ok")'],
    ['pаypal.com', 'xn--pypal-4ve.com', 'Latin mixed with a Cyrillic "а"'],
    ['аα.com', 'xn--mxa7w.com', 'Cyrillic mixed with Greek'],
    ['★.com', 'xn--p3h.com', 'a symbol'],
    ['ab★.com', 'xn--ab-msx.com', 'letters followed by a symbol'],
    ['★ab.com', 'xn--ab-ksx.com', 'a symbol followed by letters'],
    ['مصرא.com', 'xn--4db7qla7d.com', 'Arabic mixed with Hebrew'],
    ['հայաստան.am', 'xn--y9aaa1d0ai1cq.am', 'Armenian, a script with no rule of its own yet'],
    ['საქართველო.ge', 'xn--lodamdjuvtg5b.ge', 'Georgian, a script with no rule of its own yet'],
  ])('keeps %s in punycode, %s (%s)', (name, key) => {
    expect(keyOf(name)).toBe(key);
    expect(displaySite(key)).toBe(key);
  });

  it.each([
    ['example.com', 'an ASCII name'],
    ['[::1]', 'an IPv6 address'],
    [FILE_SITE_KEY, 'the file key'],
    ['xn--zz.com', 'a malformed punycode label'],
    ['xn--.com', 'an empty punycode label'],
    ['xn--abc-.com', 'a punycode label of plain ASCII, which is another name ("abc")'],
    ['xn--MNCHEN-3YA.de', 'a punycode label in capitals, which the URL parser never writes'],
    ['xn--abc-.xn--abc-', 'such labels as the top-level domain too'],
  ])('leaves %s (%s) as it is', (key) => {
    expect(displaySite(key)).toBe(key);
  });

  it('decodes the safe labels of a name and keeps the unsafe one in punycode', () => {
    const key = `${keyOf('аррӏе.com').split('.')[0]}.${keyOf('münchen.de')}`;
    expect(displaySite(key)).toBe('xn--80ak6aa92e.münchen.de');
  });
});
