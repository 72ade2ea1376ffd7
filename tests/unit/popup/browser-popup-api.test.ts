import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../../src/messaging/protocol';
import { createBrowserPopupApi, tabIdFromSearch } from '../../../src/popup/browser-popup-api';
import { createSettingsStore } from '../../../src/settings/settings-store';

const at = (search: string) => ({ location: { search } }) as Pick<Window, 'location'>;
const apiAt = (search = '') => createBrowserPopupApi(createSettingsStore(), at(search));

const state: PageState = {
  counts: { kazakhstan: 3, tokayev: 1, almaty: 0 },
  siteKey: 'example.com',
  enabledOnSite: true,
};

/** Stands in for the tab's content script (the fake browser has no `tabs.sendMessage`). */
const answerWith = (answer: () => Promise<unknown>) =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer);

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('tabIdFromSearch', () => {
  it.each([
    ['', undefined],
    ['?other=1', undefined],
    ['?tabId=7', 7],
    ['?tabId=123456&x=1', 123456],
    ['?tabId=0', null],
    ['?tabId=-3', null],
    ['?tabId=1.5', null],
    ['?tabId=1e3', null],
    ['?tabId=0x10', null],
    ['?tabId=%207', null],
    ['?tabId=', null],
    ['?tabId=99999999999999999999', null],
  ])('reads %j as %j', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('browser popup api: the tab', () => {
  it('gives the active tab of the current window', async () => {
    // The fake browser's tabs cannot be made active, so the query is stubbed.
    const tab = {
      id: 4,
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
    };
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ ...tab, url: 'https://example.com/a' }]);
    expect(await apiAt().getTab()).toEqual({ id: 4, url: 'https://example.com/a' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('gives null when no tab is active', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await apiAt().getTab()).toBeNull();
  });

  it('gives the tab named by ?tabId=, leaving out an unknown url', async () => {
    const tab = await fakeBrowser.tabs.create({});
    expect(await apiAt(`?tabId=${tab.id}`).getTab()).toEqual({ id: tab.id });
  });

  it.each([
    ['an invalid id', '?tabId=abc'],
    ['a tab that does not exist', '?tabId=4242'],
  ])('gives null for %s', async (_, search) => {
    expect(await apiAt(search).getTab()).toBeNull();
  });

  it('gives null when the tabs API rejects', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 5'));
    expect(await apiAt('?tabId=5').getTab()).toBeNull();
  });
});

describe('browser popup api: asking the page', () => {
  it('sends kc:get-state to the tab and gives a valid answer', async () => {
    const send = answerWith(async () => state);
    expect(await apiAt().getPageState(3)).toEqual(state);
    expect(send).toHaveBeenCalledWith(3, { type: 'kc:get-state' });
  });

  it.each([
    ['no receiver', () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['no answer', () => Promise.resolve(undefined)],
    ['a malformed answer', () => Promise.resolve({ ...state, counts: { kazakhstan: -1 } })],
    ['an answer with extra fields', () => Promise.resolve({ ...state, html: '<b>' })],
  ])('gives null for %s', async (_, answer) => {
    answerWith(answer);
    expect(await apiAt().getPageState(3)).toBeNull();
  });

  it.each([
    ['found', true, () => Promise.resolve({ found: true })],
    ['not found', false, () => Promise.resolve({ found: false })],
    ['no receiver', false, () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['a malformed answer', false, () => Promise.resolve({ found: 'yes' })],
  ])('next mention: %s gives %s', async (_, expected, answer) => {
    const send = answerWith(answer);
    expect(await apiAt().nextMention(9, 'almaty')).toBe(expected);
    expect(send).toHaveBeenCalledWith(9, { type: 'kc:next-mention', entityId: 'almaty' });
  });
});

describe('browser popup api: extension pages', () => {
  it.each([
    [undefined, 'chrome-extension://test-extension-id/source.html'],
    ['arrests-2300', 'chrome-extension://test-extension-id/source.html#fact-arrests-2300'],
  ])('links fact %s to %s', (factId, url) => {
    expect(apiAt().sourceUrl(factId)).toBe(url);
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await apiAt().openOptions();
    expect(open).toHaveBeenCalledOnce();
  });

  it('hands on the settings store it was given', () => {
    const settings = createSettingsStore();
    expect(createBrowserPopupApi(settings, at('')).settings).toBe(settings);
  });
});
