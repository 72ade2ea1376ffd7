// Hostnames made of or ending in dots: every trailing dot goes, and nothing is left of a host
// that was only dots.
import { describe, expect, it } from 'vitest';
import { normaliseSiteKey, siteKey } from '../../../src/settings/site-key';

describe('site keys of dotted hostnames', () => {
  it.each([
    ['example.com..', 'example.com'],
    ['WWW.Example.com...', 'example.com'],
  ])('keys %s as %s', (host, key) => {
    expect(normaliseSiteKey(host)).toBe(key);
    expect(siteKey(`https://${host}/news`)).toBe(key);
  });

  it.each(['.', '...'])('has no key for the host "%s"', (host) => {
    expect(normaliseSiteKey(host)).toBeNull();
    expect(siteKey(`https://${host}/`)).toBeNull();
  });

  it('has no key for an empty text', () => {
    expect(normaliseSiteKey('')).toBeNull();
  });
});
