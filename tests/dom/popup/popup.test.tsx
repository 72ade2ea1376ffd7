import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { amountText } from '@/src/dossier/wording';
import type { PageState } from '@/src/messaging/protocol';
import { Popup } from '@/src/popup/Popup';
import { displaySite } from '@/src/settings/display-site';
import { createFakePopupApi, type FakePopupSetup } from '../fakes/fake-popup-api';
import {
  createMemorySettingsStore,
  type MemorySettingsStore,
} from '../fakes/memory-settings-store';

const onPage: PageState = {
  counts: { kazakhstan: 12, tokayev: 1, almaty: 0 },
  siteKey: 'example.com',
  enabledOnSite: true,
};

/** Lets promises and the store's announcements (a 0 ms timer) run, inside act(). */
const settle = () =>
  act(async () => {
    for (let round = 0; round < 3; round += 1) await new Promise((r) => setTimeout(r, 0));
  });

describe('the popup', () => {
  let container: HTMLDivElement;
  let store: MemorySettingsStore;

  const mount = async (setup: FakePopupSetup = { state: onPage }) => {
    const api = createFakePopupApi(store, setup);
    render(<Popup api={api} refreshMs={0} />, container);
    await settle();
    return api;
  };
  const switchNamed = (name: string) =>
    [...container.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((input) =>
      input.closest('label')?.textContent?.includes(name),
    );
  const rowOf = (entityId: string) => container.querySelector(`[data-entity="${entityId}"]`);
  const click = async (element: Element | null | undefined) => {
    (element as HTMLElement).click();
    await settle();
  };

  beforeEach(() => {
    store = createMemorySettingsStore();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('says it is loading until the tab is known', () => {
    render(<Popup api={createFakePopupApi(store, { state: onPage })} refreshMs={0} />, container);
    expect(container.textContent).toContain('Loading…');
  });

  it.each(ENTITIES.map((entity) => [entity.name, entity.id] as const))(
    'shows the mentions of %s on this page',
    async (_, id) => {
      await mount();
      const count = onPage.counts[id];
      const words = count === 0 ? 'No mentions' : `${count} mention${count === 1 ? '' : 's'}`;
      expect(rowOf(id)?.querySelector('.mention-count')?.textContent).toBe(words);
    },
  );

  it.each([
    ['xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'], // "аррӏе.com", Cyrillic passing for Latin
    ['xn--80aa6ae5a6c.kz', 'алматы.kz'],
  ])('names the site %s as %s', async (siteKey, shown) => {
    await mount({ state: { ...onPage, siteKey } });
    expect(switchNamed(`Highlight on ${shown}`)).toBeDefined();
  });

  it('turns this site off with its own key, and follows the stored settings', async () => {
    await mount();
    const name = `Highlight on ${displaySite('example.com')}`;
    expect(switchNamed(name)?.checked).toBe(true);
    await click(switchNamed(name));
    expect(store.setSiteEnabled).toHaveBeenCalledWith('example.com', false);
    expect(store.current().disabledSites).toEqual(['example.com']);
    expect(switchNamed(name)?.checked).toBe(false);
    expect(container.textContent).toContain('Highlighting is off on example.com');
    expect(container.querySelector('.mentions')).toBeNull();

    act(() => store.changeElsewhere({ ...store.current(), disabledSites: [] }));
    await settle();
    expect(switchNamed(name)?.checked).toBe(true);
    expect(container.querySelector('.mentions')).not.toBeNull();
  });

  it('turns highlighting off on all sites', async () => {
    await mount();
    await click(switchNamed('Highlight on all sites'));
    expect(store.update).toHaveBeenCalledOnce();
    expect(store.current().enabled).toBe(false);
    expect(switchNamed('Highlight on all sites')?.checked).toBe(false);
    expect(container.textContent).toContain('Highlighting is off on all sites');
  });

  it('shows a failed write and springs the switch back', async () => {
    await mount();
    store.failWrites('QUOTA_BYTES_PER_ITEM quota exceeded');
    await click(switchNamed('Highlight on all sites'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('quota exceeded');
    expect(switchNamed('Highlight on all sites')?.checked).toBe(true);
  });

  it.each([
    ['a browser page', { url: 'chrome://extensions/' }, 'cannot run on this page'],
    ['a tab whose URL is not given', {}, 'cannot run on this page'],
    ['an extension store', { url: 'https://addons.mozilla.org/en/' }, 'cannot run on this page'],
    ['a page opened before install', { url: 'https://example.org/a' }, 'Reload the page'],
    ['a local file', { url: 'file:///home/me/a.html' }, 'Allow access to file URLs'],
  ])('on %s says why, and still lists every fact', async (_, tabUrl, message) => {
    await mount({ tab: { id: 3, ...tabUrl }, state: null });
    expect(container.textContent).toContain(message);
    expect(container.querySelector('.mentions')).toBeNull();
    const listed = new Set(
      [...container.querySelectorAll('.fact a')].map((a) => a.getAttribute('href')),
    );
    expect(listed).toEqual(new Set(FACTS.map((fact) => `ext:/source.html#fact-${fact.id}`)));
  });

  it('lists each fact once, under the name it is chiefly about, linked by its own words', async () => {
    await mount();
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.facts-by-entity .fact a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      ENTITIES.flatMap((entity) =>
        FACTS.filter((fact) => fact.entities[0] === entity.id).map(
          (fact) => `ext:/source.html#fact-${fact.id}`,
        ),
      ),
    );
    expect(new Set(links.map((a) => a.href)).size).toBe(FACTS.length);
    for (const link of links) {
      const fact = FACTS.find((f) => link.getAttribute('href')?.endsWith(`#fact-${f.id}`));
      expect(link.textContent).toBe(fact?.statement);
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  it('names the other names a shared fact concerns', async () => {
    await mount();
    const item = container.querySelector(
      'details[data-entity="tokayev"] [data-fact="tokayev-president"]',
    );
    expect(item?.querySelector('.also')?.textContent).toBe(' · Also about Kazakhstan');
  });

  it('starts with every group of facts and the figures folded, so the first view is short', async () => {
    await mount();
    const details = [...container.querySelectorAll('details')];
    expect(details.length).toBe(ENTITIES.length + 1);
    expect(details.every((d) => !d.open)).toBe(true);
  });

  it.each([
    [
      'with the keys the browser reports',
      [{ name: 'next-mention', shortcut: 'Alt+Shift+J' }, { name: 'previous-mention' }],
      ['Next mention', 'Alt+Shift+J', 'Previous mention', 'not set'],
    ],
    ['not at all where the browser cannot say', [], []],
  ] as const)('lists the keyboard shortcuts %s', async (_how, shortcuts, expected) => {
    await mount({ state: onPage, shortcuts: [...shortcuts] });
    const cells = [...container.querySelectorAll('.shortcuts dt, .shortcuts dd')];
    expect(cells.map((cell) => cell.textContent)).toEqual(expected);
  });

  it.each(['bad-guys-20000', 'officials-toll', 'arrests-2300'])(
    'emphasises the figures of %s with their hedges',
    async (id) => {
      await mount();
      const fact = FACTS.find((f) => f.id === id);
      const item = container.querySelector(`.fact a[href$="#fact-${id}"]`)?.closest('li');
      const strong = [...(item?.querySelectorAll('.fact-statement strong') ?? [])];
      expect(strong.length).toBeGreaterThan(0);
      expect(strong.map((s) => s.textContent?.toLowerCase())).toEqual(
        fact?.figures?.map((f) => amountText(f)),
      );
    },
  );

  it('dates the key facts and the figures with the report', async () => {
    await mount();
    const datelines = [...container.querySelectorAll('.dateline')].map((p) => p.textContent);
    expect(datelines).toEqual([
      'From a news report of 7 January 2022',
      'From a news report of 7 January 2022',
    ]);
    expect(container.querySelector('.figure-table')?.textContent).toContain(
      'From a news report of 7 January 2022',
    );
  });

  it.each([
    ['finds one', '', true],
    ['finds none', 'No mention on this page', false],
  ])('next mention: when the page %s, the row says %j', async (_, message, found) => {
    const api = await mount({ state: onPage, found });
    await click(rowOf('almaty')?.querySelector('button'));
    expect(api.nextMention).toHaveBeenCalledWith(7, 'almaty');
    expect(rowOf('almaty')?.querySelector('[role="status"]')?.textContent).toBe(message);
  });

  it('links the source report and opens the options from the top', async () => {
    const api = await mount();
    const links = container.querySelector('.links');
    expect(links?.querySelector('a')?.getAttribute('href')).toBe('ext:/source.html');
    await click(
      [...container.querySelectorAll('header button')].find((b) => b.textContent === 'Options'),
    );
    expect(api.openOptions).toHaveBeenCalledOnce();
  });

  it('stops following the settings when closed', async () => {
    await mount();
    expect(store.listenerCount()).toBe(1);
    act(() => render(null, container));
    expect(store.listenerCount()).toBe(0);
  });
});
