import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../../src/settings/schema';
import { axeCard, axePage } from '../harness/axe';
import { cardState } from '../harness/card-state';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { storeSettings } from '../harness/extension-state';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';
import { screenshotDir } from '../harness/screenshot-dir';

const SCREENSHOTS = screenshotDir('chromium');

/** A Russian news page naming Kazakhstan once, Tokayev twice and Almaty five times. */
const RUSSIAN_PAGE = `<!doctype html><html lang="ru"><meta charset="utf-8"><title>новости</title>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 680px; margin: 40px auto; }</style>
<body><h1>Новости</h1>
<p id="lead">Президент Токаев выступил с обращением; в Алматы продолжались столкновения.</p>
<p>В Казахстане объявлен режим ЧП. Токаев поблагодарил союзников.</p>
<p>Алматы, Алматы, Алматы и ещё раз Алматы.</p></body></html>`;

/** What each language shows: words found on each page, its plurals and formatted numbers. */
const LANGUAGES = {
  en: {
    counts: ['1 mention', '2 mentions', '5 mentions'],
    options: 'Kazakhstan Context options',
    dateline: 'From a news report of 7 January 2022',
    figure: 'about 20,000',
  },
  ru: {
    counts: ['1 упоминание', '2 упоминания', '5 упоминаний'],
    options: 'Настройки — Казахстан: контекст',
    dateline: 'Из англоязычной новостной статьи от 7 января 2022 г.',
    figure: 'около 20\u00a0000',
  },
  kk: {
    counts: ['1 рет аталған', '2 рет аталған', '5 рет аталған'],
    options: 'Баптаулар — Қазақстан: контекст',
    dateline: 'Ағылшын тіліндегі жаңалық мақаласынан, 2022 ж. 7 қаңтар',
    figure: 'шамамен 20\u00a0000',
  },
} as const;
type Language = keyof typeof LANGUAGES;
const CODES = Object.keys(LANGUAGES) as Language[];

describe('the extension in English, Russian and Kazakh, in Chromium', () => {
  let news: Page;
  let tabId: number;

  const choose = (language: Language) =>
    storeSettings(suite.browser, { version: SCHEMA_VERSION, ...DEFAULT_SETTINGS, language });

  const suite = useExtensionSuite(
    { '/ru': RUSSIAN_PAGE },
    {
      viewport: { width: 1000, height: 700 },
    },
  );
  beforeAll(async () => {
    news = await suite.browser.context.newPage();
    await news.goto(suite.server.url('/ru'));
    await waitForHighlights(news);
    tabId = await suite.browser.tabIdOf(news);
  });

  it.each(CODES)('opens the popup in %s with its plurals and numbers, axe-clean', async (lang) => {
    await choose(lang);
    const popup = await suite.browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(suite.browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('.mention-count').first().waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await popup.locator('.mention-count').allTextContents()).toEqual(LANGUAGES[lang].counts);
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    expect(await popup.locator('.figures').textContent()).toContain(LANGUAGES[lang].figure);
    expect(await axePage(popup)).toEqual([]);
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = false;
    });
    // The README shows the translated popup and card (the English ones are elsewhere).
    if (lang !== 'en') {
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      await popup.setViewportSize({ width: 360, height: Math.min(height, 600) });
      await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-${lang}.png`) });
    }
    await popup.close();
  });

  it.each(CODES)('opens the options page in %s, axe-clean', async (lang) => {
    await choose(lang);
    const options = await suite.browser.context.newPage();
    await options.goto(suite.browser.extensionUrl('options.html'));
    await options.locator('input[name="language"]').first().waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await options.locator('h1').textContent()).toBe(LANGUAGES[lang].options);
    expect(await options.locator(`input[name="language"][value="${lang}"]`).isChecked()).toBe(true);
    expect(await axePage(options)).toEqual([]);
    await options.close();
  });

  it.each(CODES)('opens the card in %s, marked up in its language, axe-clean', async (lang) => {
    await choose(lang);
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/ru'));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const point = await mentionPoint(page, '#lead', 'Токаев');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await cardState(probe)).open).toBe(true);
    expect((await cardState(probe)).text).toContain(LANGUAGES[lang].dateline);
    const marked = await probe.evaluate<string>(
      `globalThis.__kazakhstanContext.cardRoot().querySelector('[role="dialog"]').lang`,
    );
    expect(marked).toBe(lang);
    await page.waitForTimeout(400); // the fade-in, which axe would read as low contrast
    expect(await axeCard(probe)).toEqual([]);
    if (lang !== 'en') await page.screenshot({ path: resolve(SCREENSHOTS, `card-${lang}.png`) });
    await probe.detach();
    await page.close();
  });

  it('turns an open card to the language the reader picks, without reopening it', async () => {
    await choose('en');
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/ru'));
    await waitForHighlights(page);
    const probe = await ContentProbe.attach(page);
    await probe.state();
    const point = await mentionPoint(page, '#lead', 'Алматы');
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await cardState(probe)).open).toBe(true);
    expect((await cardState(probe)).text).toContain(LANGUAGES.en.dateline);
    await choose('kk');
    await expect.poll(async () => (await cardState(probe)).text).toContain(LANGUAGES.kk.dateline);
    expect((await cardState(probe)).open).toBe(true);
    await probe.detach();
    await page.close();
  });
});
