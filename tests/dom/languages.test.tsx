import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { cardContent } from '@/src/card/card-content';
import { HoverCard } from '@/src/card/HoverCard';
import { ARTICLE } from '@/src/dossier/article';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { ENTITY_IDS } from '@/src/dossier/types';
import type { UiLanguage } from '@/src/i18n/languages';
import { Options } from '@/src/options/Options';
import { Popup } from '@/src/popup/Popup';
import type { Settings } from '@/src/settings/schema';
import { SourcePage } from '@/src/source/SourcePage';
import { quotedStrings, unverifiedQuotes } from '../guards/quoted-strings';
import { readerText } from '../guards/reader-text';
import { createFakePopupApi } from './fakes/fake-popup-api';
import { createMemorySettingsStore } from './fakes/memory-settings-store';
import { renderTarget } from './render-target';

const target = renderTarget();
const noop = () => undefined;
const settle = () =>
  act(async () => {
    for (let round = 0; round < 3; round += 1) await new Promise((r) => setTimeout(r, 0));
  });

/**
 * Latin words shown outside an element marked `lang="en"`: in a Russian or Kazakh view every
 * English word is the report's (quoted, marked up so screen readers read it as English).
 */
function unmarkedEnglish(root: Element, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = (node.nodeValue ?? '').match(/[A-Za-z]{2,}/g);
    if (
      words &&
      !allowed.some((name) => node.nodeValue?.includes(name)) &&
      node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'en'
    ) {
      found.push(...words);
    }
  }
  return found;
}

const card = (id: (typeof ENTITY_IDS)[number], language: UiLanguage) => {
  render(
    <HoverCard
      content={cardContent(id, FACTS, ENTITY_BY_ID[id], language)}
      onOpenSource={noop}
      onClose={noop}
      onTurnOffSite={noop}
      onHideEntity={noop}
    />,
    target(),
  );
  return target().querySelector('[role="dialog"]')!;
};

const CARDS = (['ru', 'kk'] as const).flatMap((lang) =>
  ENTITY_IDS.map((id) => [lang, id] as const),
);

describe('the card in Russian and Kazakh', () => {
  it.each(CARDS)(
    'in %s, of %s, is marked up in its language and quotes only the report',
    (lang, id) => {
      const dialog = card(id, lang);
      expect(dialog.getAttribute('lang')).toBe(lang);
      const text = readerText(target());
      expect(quotedStrings(text).strings.length).toBeGreaterThan(0);
      expect(unverifiedQuotes(text, ARTICLE)).toEqual([]);
      expect(unmarkedEnglish(dialog)).toEqual([]);
    },
  );

  it.each([
    ['ru', 'Из англоязычной новостной статьи от 7 января 2022 г.', 'Скрыть: Токаев'],
    ['kk', 'Ағылшын тіліндегі жаңалық мақаласынан, 2022 ж. 7 қаңтар', 'Жасыру: Тоқаев'],
  ] as const)('in %s dates the facts "%s" and offers "%s"', (lang, dateline, hide) => {
    const dialog = card('tokayev', lang);
    expect(dialog.querySelector('.dateline')?.textContent).toBe(dateline);
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toContain(hide);
  });

  it.each([
    ['ru', 'Слова в кавычках — цитаты из англоязычной статьи, без перевода.'],
    ['kk', 'Тырнақшадағы сөздер — ағылшын тіліндегі мақаладан аудармасыз алынған дәйексөздер.'],
    ['en', undefined],
  ] as const)('in %s labels the quoted words as the English report’s: %j', (lang, note) => {
    const notes = [...card('tokayev', lang).querySelectorAll('.note')].map((p) => p.textContent);
    if (note) expect(notes).toContain(note);
    else expect(notes.join()).not.toMatch(/quotation marks/);
  });

  // The check fails on a copy that brings the problem back.
  it('fails on a Russian card with the report’s words left unmarked', () => {
    const dialog = card('tokayev', 'ru');
    dialog.querySelectorAll('[lang="en"]').forEach((span) => span.removeAttribute('lang'));
    expect(unmarkedEnglish(dialog).length).toBeGreaterThan(0);
  });
});

describe('the popup in Russian and Kazakh', () => {
  const mount = async (settings: Partial<Settings>, uiLanguage: string) => {
    const state = {
      counts: { kazakhstan: 1, tokayev: 22, almaty: 5 },
      siteKey: 'example.com',
      enabledOnSite: true,
    };
    const api = createFakePopupApi(createMemorySettingsStore(settings), { state, uiLanguage });
    render(<Popup api={api} refreshMs={0} />, target());
    await settle();
    await settle();
    return [...target().querySelectorAll('.mention-count')].map((el) => el.textContent);
  };

  it.each([
    [
      'the browser speaks Russian',
      {},
      'ru-RU',
      'ru',
      ['1 упоминание', '22 упоминания', '5 упоминаний'],
    ],
    [
      'the reader chose Kazakh',
      { language: 'kk' },
      'en-US',
      'kk',
      ['1 рет аталған', '22 рет аталған', '5 рет аталған'],
    ],
    [
      'the reader chose Russian over a Kazakh browser',
      { language: 'ru' },
      'kk',
      'ru',
      ['1 упоминание', '22 упоминания', '5 упоминаний'],
    ],
    ['the browser speaks German', {}, 'de', 'en', ['1 mention', '22 mentions', '5 mentions']],
  ] as const)(
    'speaks the right language when %s, with its plurals',
    async (_, settings, ui, lang, counts) => {
      expect(await mount(settings, ui)).toEqual(counts);
      expect(document.documentElement.lang).toBe(lang);
    },
  );

  it.each(['ru', 'kk'] as const)(
    'in %s quotes only the report’s verbatim English',
    async (lang) => {
      await mount({ language: lang }, 'en');
      const text = readerText(target());
      expect(quotedStrings(text).strings.length).toBeGreaterThan(10);
      expect(unverifiedQuotes(text, ARTICLE)).toEqual([]);
      // The site's name is the page's, not ours.
      expect(unmarkedEnglish(target().querySelector('main')!, ['example.com'])).toEqual([]);
    },
  );

  it.each([
    ['ru', '9 показателей из 5 источников'],
    ['kk', '5 дереккөзден алынған 9 көрсеткіш'],
  ] as const)('in %s sums up the figures as "%s"', async (lang, summary) => {
    await mount({ language: lang }, 'en');
    expect(target().querySelector('.figures summary')?.textContent).toBe(summary);
  });
});

describe('the options page', () => {
  it('switches the whole page to the language the reader picks, at once', async () => {
    const store = createMemorySettingsStore();
    render(<Options settings={store} uiLanguage={() => 'en-GB'} />, target());
    await settle();
    expect(target().querySelector('h1')?.textContent).toBe('Kazakhstan Context options');
    const kazakh = target().querySelector<HTMLInputElement>('input[name="language"][value="kk"]')!;
    await act(async () => kazakh.click());
    await settle();
    expect(store.current().language).toBe('kk');
    expect(target().querySelector('h1')?.textContent).toBe('Баптаулар — Қазақстан: контекст');
    expect(document.documentElement.lang).toBe('kk');
    expect(document.title).toBe('Баптаулар · Қазақстан: контекст');
  });

  it('names each language in itself, marked up in its language', async () => {
    render(
      <Options
        settings={createMemorySettingsStore({ language: 'ru' })}
        uiLanguage={() => 'kk-KZ'}
      />,
      target(),
    );
    await settle();
    const labels = [...target().querySelectorAll('input[name="language"]')].map(
      (input) => input.closest('label')?.textContent,
    );
    expect(labels).toEqual(['Язык браузера (Қазақша)', 'English', 'Русский', 'Қазақша']);
    expect(
      target().querySelector('input[name="language"][value="ru"]')?.hasAttribute('checked') ||
        target().querySelector<HTMLInputElement>('input[name="language"][value="ru"]')?.checked,
    ).toBe(true);
    expect(
      [...target().querySelectorAll('label span[lang]')].map((s) => s.getAttribute('lang')),
    ).toEqual(['en', 'ru', 'kk']);
  });
});

describe('the source page in Russian', () => {
  it('frames the English report in Russian and keeps the report itself English', async () => {
    const store = createMemorySettingsStore({ language: 'ru' });
    render(<SourcePage settings={store} uiLanguage={() => 'en'} />, target());
    await settle();
    expect(target().querySelector('h1')?.textContent).toBe('Исходная статья');
    expect(target().querySelector('article')?.getAttribute('lang')).toBe('en');
    expect(target().querySelector('.about')?.textContent).toContain('7 января 2022 г.');
    const text = readerText(target());
    expect(unverifiedQuotes(text, ARTICLE)).toEqual([]);
    expect(unmarkedEnglish(target().querySelector('.notes')!)).toEqual([]);
  });
});
