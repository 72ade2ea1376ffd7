import { describe, expect, it } from 'vitest';
import { FILE_SITE_KEY, normaliseSiteKey, siteKey } from '../../../src/settings/site-key';

describe('siteKey', () => {
  it.each([
    ['https://example.com/path?q=1#top', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['HTTPS://WWW.EXAMPLE.COM/', 'example.com'],
    ['http://example.com:8080/', 'example.com'],
    ['https://user:pass@example.com/', 'example.com'],
    ['https://example.com./', 'example.com'],
    ['https://www.example.com./', 'example.com'],
    ['https://news.example.com/', 'news.example.com'],
    ['https://www.news.example.com/', 'news.example.com'],
    ['https://www.com/', 'www.com'],
    ['http://localhost:3000/', 'localhost'],
    ['http://93.184.216.34:80/', '93.184.216.34'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://[2001:DB8::1]:8080/x', '[2001:db8::1]'],
    ['http://[::1]/', '[::1]'],
    ['http://Алматы.kz/', 'xn--80aa6ae5a6c.kz'],
    ['http://www.алматы.kz/', 'xn--80aa6ae5a6c.kz'],
    ['https://президент.казахстан/', 'xn--d1abbgf6aiiy.xn--80aaa0anw0aiz'],
    ['file:///home/reader/report.html', FILE_SITE_KEY],
    ['file://server/share/report.html', FILE_SITE_KEY],
  ])('keys %s as %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it('gives the Unicode and the punycode spelling of a name one key', () => {
    expect(siteKey('http://xn--80aa6ae5a6c.kz/')).toBe(siteKey('http://Алматы.kz/'));
  });

  it('keeps a subdomain distinct from its parent', () => {
    expect(siteKey('https://news.example.com/')).not.toBe(siteKey('https://example.com/'));
  });

  it.each([
    'about:blank',
    'about:newtab',
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'moz-extension://6b3c1d0e-0000-4000-8000-000000000000/popup.html',
    'data:text/html,<p>Almaty</p>',
    'blob:https://example.com/0b4ad0f8-0000-4000-8000-000000000000',
    'javascript:void(0)',
    'view-source:https://example.com/',
    'ftp://example.com/file',
    'not a url',
    'example.com',
    '',
    'http://',
  ])('has no site for %j', (url) => {
    expect(siteKey(url)).toBeNull();
  });
});

describe('normaliseSiteKey', () => {
  it.each([
    ['example.com', 'example.com'],
    ['WWW.Example.COM.', 'example.com'],
    ['Алматы.kz', 'xn--80aa6ae5a6c.kz'],
    ['[::1]', '[::1]'],
    [FILE_SITE_KEY, FILE_SITE_KEY],
  ])('reads %j as %j', (text, key) => {
    expect(normaliseSiteKey(text)).toBe(key);
  });

  it.each([
    '',
    'example.com/path',
    'example.com:8080',
    '[::1]:80',
    'user@example.com',
    'exa mple.com',
    'example.com?q',
    'https://example.com',
    'a\\b.com',
  ])('rejects %j, which is not a bare hostname', (text) => {
    expect(normaliseSiteKey(text)).toBeNull();
  });
});
