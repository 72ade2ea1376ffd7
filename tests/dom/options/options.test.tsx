import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '@/src/dossier/entities';
import { Options } from '@/src/options/Options';
import { optionsWords } from '@/src/options/options-messages';
import { STYLE_LABELS } from '@/src/options/StyleChoice';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, type Settings } from '@/src/settings/schema';
import { displaySite } from '@/src/settings/display-site';
import {
  createMemorySettingsStore,
  type MemorySettingsStore,
} from '../fakes/memory-settings-store';

const SITES = ['example.com', 'xn--80aa6ae5a6c.kz', 'news.example.org'] as const;

/** Lets promises and the store's announcements (a 0 ms timer) run, inside act(). */
const settle = () =>
  act(async () => {
    for (let round = 0; round < 3; round += 1) await new Promise((r) => setTimeout(r, 0));
  });

describe('the options page', () => {
  let container: HTMLDivElement;
  let store: MemorySettingsStore;

  const mount = async (
    initial: Partial<Settings> = {},
    shortcuts?: { name: string; shortcut?: string }[],
  ) => {
    store = createMemorySettingsStore(initial);
    const load = shortcuts && (async () => shortcuts);
    render(<Options settings={store} {...(load ? { loadShortcuts: load } : {})} />, container);
    await settle();
  };
  const buttons = (text: string) =>
    [...container.querySelectorAll('button')].filter((b) => b.textContent?.startsWith(text));
  const labelled = (text: string) =>
    [...container.querySelectorAll('label')]
      .find((label) => label.textContent?.includes(text))
      ?.querySelector('input');
  const shownSites = () =>
    [...container.querySelectorAll('.site-name')].map((name) => name.textContent);
  const click = async (element: Element | null | undefined) => {
    (element as HTMLElement).click();
    await settle();
  };
  const delayInput = () => container.querySelector<HTMLInputElement>('#hover-delay')!;
  const typeDelay = async (text: string) => {
    const input = delayInput();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  };

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    act(() => render(null, container));
    container.remove();
  });

  it('lists the sites where highlighting is off, as readers write them', async () => {
    await mount({ disabledSites: SITES });
    expect(shownSites()).toEqual(SITES.map(displaySite));
  });

  it('keeps a name that passes for another in punycode, as browsers do', async () => {
    await mount({ disabledSites: ['xn--80ak6aa92e.com', 'xn--80aa6ae5a6c.kz'] });
    expect(shownSites()).toEqual(['xn--80ak6aa92e.com', 'алматы.kz']);
  });

  it.each([
    [true, 'None: highlighting is on for every site.'],
    [false, 'None. Highlighting is off everywhere until you turn the switch above on.'],
  ])('with no site off and all sites %s, says what is true', async (enabled, words) => {
    await mount({ enabled, disabledSites: [] });
    expect(container.querySelector('.site-list-empty')?.textContent).toBe(words);
    expect(container.textContent?.includes('on for every site')).toBe(enabled);
  });

  it('says that listed sites stay off once all sites are on again', async () => {
    await mount({ enabled: false, disabledSites: ['example.com'] });
    expect(container.textContent).toContain(
      'These sites stay off when you turn highlighting on again.',
    );
    expect(container.textContent).toContain('Off: no page is read or highlighted');
  });

  it('lists the keyboard shortcuts as the browser has them, and how to change them', async () => {
    await mount({}, [
      { name: 'next-mention', shortcut: 'Ctrl+Shift+K' },
      { name: 'previous-mention' },
    ]);
    const cells = [...container.querySelectorAll('.shortcuts dt, .shortcuts dd')];
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Next mention',
      'Ctrl+Shift+K',
      'Previous mention',
      'not set',
    ]);
    expect(container.querySelector('.shortcuts .hint')?.textContent).toContain('shortcut settings');
  });

  it('says so when no site is off', async () => {
    await mount();
    expect(container.textContent).toContain('None: highlighting is on for every site.');
    expect(buttons('Remove all')).toHaveLength(0);
  });

  it('removes one site through setSiteEnabled', async () => {
    await mount({ disabledSites: SITES });
    await click(buttons('Remove')[1]);
    expect(store.setSiteEnabled).toHaveBeenCalledWith(SITES[1], true);
    expect(store.current().disabledSites).toEqual([SITES[0], SITES[2]]);
    expect(shownSites()).toEqual([SITES[0], SITES[2]].map(displaySite));
  });

  it('removes every site at once', async () => {
    await mount({ disabledSites: SITES });
    await click(buttons('Remove all')[0]);
    expect(store.current().disabledSites).toEqual([]);
    expect(shownSites()).toEqual([]);
  });

  it.each(ENTITIES.map((entity) => [entity.name, entity.id] as const))(
    'stops and restarts highlighting %s',
    async (name, id) => {
      await mount();
      await click(labelled(name));
      expect(store.current().hiddenEntities).toEqual([id]);
      expect(labelled(name)?.checked).toBe(false);
      await click(labelled(name));
      expect(store.current().hiddenEntities).toEqual([]);
    },
  );

  it.each(STYLE_LABELS.map(([style, key]) => [optionsWords('en').t(key), style] as const))(
    'sets the highlight style "%s"',
    async (label, style) => {
      await mount({ highlightStyle: style === 'underline' ? 'both' : 'underline' });
      const radio = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
        (input) => input.value === style,
      );
      expect(radio?.closest('label')?.textContent).toBe(label);
      await click(radio);
      expect(store.current().highlightStyle).toBe(style);
      expect(radio?.checked).toBe(true);
    },
  );

  it('writes a valid hover delay', async () => {
    await mount();
    await typeDelay('650');
    expect(store.current().hoverDelayMs).toBe(650);
    expect(delayInput().getAttribute('aria-invalid')).toBe('false');
  });

  it.each(['', 'abc', '-50', '12.5', String(HOVER_DELAY_RANGE.max + 50)])(
    'never writes the hover delay %j, and says why',
    async (text) => {
      await mount();
      await typeDelay(text);
      expect(store.update).not.toHaveBeenCalled();
      expect(store.current().hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
      expect(delayInput().getAttribute('aria-invalid')).toBe('true');
      expect(container.querySelector('#hover-delay-hint')?.textContent).toContain('Not saved');
    },
  );

  it('sets the modifier key for cards', async () => {
    await mount();
    await click(labelled('modifier key'));
    expect(store.current().cardNeedsModifier).toBe(true);
    expect(labelled('modifier key')?.checked).toBe(true);
  });

  it('resets to the defaults only once confirmed', async () => {
    await mount({ disabledSites: SITES, hoverDelayMs: 900, enabled: false });
    await click(buttons('Reset to defaults')[0]);
    expect(store.reset).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Cancel');

    await click(buttons('Cancel')[0]);
    expect(store.reset).not.toHaveBeenCalled();
    expect(buttons('Reset to defaults')).toHaveLength(1);

    await click(buttons('Reset to defaults')[0]);
    await click(buttons('Reset')[0]);
    expect(store.reset).toHaveBeenCalledOnce();
    expect(store.current()).toEqual(DEFAULT_SETTINGS);
    expect(shownSites()).toEqual([]);
  });

  it('shows at once what another window changed', async () => {
    await mount();
    act(() =>
      store.changeElsewhere({
        ...DEFAULT_SETTINGS,
        disabledSites: ['example.com'],
        hiddenEntities: ['almaty'],
        highlightStyle: 'both',
        hoverDelayMs: 1200,
        cardNeedsModifier: true,
      }),
    );
    await settle();
    expect(shownSites()).toEqual(['example.com']);
    expect(labelled('Almaty')?.checked).toBe(false);
    expect(container.querySelector<HTMLInputElement>('input[value="both"]')?.checked).toBe(true);
    expect(delayInput().value).toBe('1200');
    expect(labelled('modifier key')?.checked).toBe(true);
  });

  it('stops following the store when closed', async () => {
    await mount();
    expect(store.listenerCount()).toBe(1);
    act(() => render(null, container));
    expect(store.listenerCount()).toBe(0);
  });
});
