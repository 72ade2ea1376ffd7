import type { Page as PlaywrightPage } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../src/settings/schema';
import { axePage } from '../harness/axe';
import { firefoxCardState } from '../harness/firefox-card';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { NEWS_PAGE } from '../fixtures/news-page';

/** What each language shows in the popup, on the options page and in Tokayev's card. */
const LANGUAGES = {
  ru: {
    count: /^\d+ упоминани(е|я|й)$|^Нет упоминаний$/,
    summary: '9 показателей из 5 источников',
    options: 'Настройки — Казахстан: контекст',
    card: [
      'Касым-Жомарт Токаев',
      'Президент Казахстана',
      'Из англоязычной новостной статьи от 7 января 2022 г.',
      'Выключить на этом сайте',
    ],
  },
  kk: {
    count: /^\d+ рет аталған$|^Аталмаған$/,
    summary: '5 дереккөзден алынған 9 көрсеткіш',
    options: 'Баптаулар — Қазақстан: контекст',
    card: [
      'Қасым-Жомарт Тоқаев',
      'Қазақстан Президенті',
      'Ағылшын тіліндегі жаңалық мақаласынан, 2022 ж. 7 қаңтар',
      'Бұл сайтта өшіру',
    ],
  },
} as const;
const CODES = Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[];

interface SyncStorage {
  storage: { sync: { set(items: object): Promise<void> } };
}

describe('the popup, options page and card in Russian and Kazakh, in Firefox', () => {
  const suite = useFirefoxSuite({ '/news': NEWS_PAGE }, { viewport: { width: 1000, height: 700 } });
  let tabId: number;

  const choose = (language: string) =>
    suite.browser.inExtension(
      (api, settings) => (api as unknown as SyncStorage).storage.sync.set({ settings }),
      { version: SCHEMA_VERSION, ...DEFAULT_SETTINGS, language },
    );

  beforeAll(async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    tabId = await suite.browser.tabIdOf(page.url());
  });

  it.each(CODES)('opens the popup in %s, with its plurals, axe-clean', async (lang) => {
    await choose(lang);
    const popup = await suite.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.$$eval('.mention-count', (all) => all.length)).toBe(3);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    const counts = await popup.$$eval('.mention-count', (all) => all.map((c) => c.textContent));
    for (const count of counts) expect(count).toMatch(LANGUAGES[lang].count);
    expect(await popup.$eval('.figures summary', (s) => s.textContent)).toBe(
      LANGUAGES[lang].summary,
    );
    // axe-core's runner only evaluates scripts, which both drivers' pages do alike.
    expect(await axePage(popup as unknown as PlaywrightPage)).toEqual([]);
    await popup.close();
  });

  it.each(CODES)('opens the options page in %s, axe-clean', async (lang) => {
    await choose(lang);
    const options = await suite.browser.openExtensionPage('options.html');
    await expect.poll(() => options.$('input[name="language"]').then(Boolean)).toBe(true);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await options.$eval('h1', (h) => h.textContent)).toBe(LANGUAGES[lang].options);
    expect(await axePage(options as unknown as PlaywrightPage)).toEqual([]);
    await options.close();
  });

  it.each(CODES)('opens the card in %s, marked up in its language', async (lang) => {
    await choose(lang);
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/news'));
    await waitForHighlights(page);
    const point = await mentionPoint(page, 'p', 'Tokayev');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await firefoxCardState(page)).open).toBe(true);
    const card = await firefoxCardState(page);
    for (const words of LANGUAGES[lang].card) expect(card.text).toContain(words);
    expect(card.text).not.toContain('From a news report');
    expect(card.lang).toBe(lang);
    await page.close();
  });
});
