import { describe, expect, it } from 'vitest';
import type { PageState } from '../../../src/messaging/protocol';
import { pageSite, pageStatus, type PageStatus } from '../../../src/popup/page-status';
import type { PopupTab } from '../../../src/popup/popup-api';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';

const counts = { kazakhstan: 1, tokayev: 0, almaty: 0 };
const answer = (siteKey: string | null): PageState => ({ counts, siteKey, enabledOnSite: true });
const tab = (url?: string): PopupTab => (url ? { id: 1, url } : { id: 1 });
const off = (site: string): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [site] });

describe('pageStatus', () => {
  it.each<[string, PageStatus, PopupTab | null, PageState | null, Settings | null]>([
    ['settings not read yet', 'loading', tab('https://a.com/'), answer('a.com'), null],
    ['no tab', 'unsupported', null, null, DEFAULT_SETTINGS],
    ['a browser page', 'unsupported', tab('chrome://newtab/'), null, DEFAULT_SETTINGS],
    ['no URL given', 'unsupported', tab(), null, DEFAULT_SETTINGS],
    [
      'the Chrome Web Store',
      'unsupported',
      tab('https://chromewebstore.google.com/x'),
      null,
      DEFAULT_SETTINGS,
    ],
    ['a web page without script', 'reload', tab('https://a.com/'), null, DEFAULT_SETTINGS],
    ['a local file without script', 'file-access', tab('file:///a.html'), null, DEFAULT_SETTINGS],
    ['a page that answers', 'on', tab(), answer('a.com'), DEFAULT_SETTINGS],
    ['a page whose site is off', 'off-site', tab(), answer('a.com'), off('a.com')],
    ['another site off', 'on', tab(), answer('a.com'), off('b.com')],
    [
      'the global switch off',
      'off-global',
      tab(),
      answer('a.com'),
      { ...DEFAULT_SETTINGS, enabled: false },
    ],
    ['an answer without a site', 'unsupported', tab(), answer(null), DEFAULT_SETTINGS],
  ])('%s: %s', (_, expected, t, state, settings) => {
    expect(pageStatus({ loading: false, tab: t, state, settings })).toBe(expected);
  });

  it('is loading while the page is asked', () => {
    expect(pageStatus({ loading: true, tab: null, state: null, settings: DEFAULT_SETTINGS })).toBe(
      'loading',
    );
  });
});

describe('pageSite', () => {
  it.each([
    ['the page’s own key first', tab('https://www.b.com/'), answer('a.com'), 'a.com'],
    ['else the tab URL’s', tab('https://www.b.com/x'), null, 'b.com'],
    ['no URL, no site', tab(), null, null],
  ])('takes %s', (_, t, state, expected) => {
    expect(pageSite(t, state)).toBe(expected);
  });
});
