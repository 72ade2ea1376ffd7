/** The languages the extension's own words are written in. */
export type UiLanguage = 'en' | 'ru' | 'kk';

/** The reader's choice on the options page: the browser's UI language, or one of ours. */
export type LanguageSetting = 'auto' | UiLanguage;

/** Every UI language, in the order the options page offers them. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ru', 'kk'];

/** Every value the language setting may hold (see `settings/validate.ts`). */
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...UI_LANGUAGES];

/**
 * Each language's name in itself ("Русский", "Қазақша"): a reader looks for their own
 * language by its own name, whatever language the page is in, so these are never translated.
 */
export const AUTONYMS: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

/**
 * The BCP 47 tag each language is formatted and marked up with (`lang`, `Intl`). English
 * follows the report, which writes dates day first ("7 January 2022").
 */
export const LOCALE_TAGS: Readonly<Record<UiLanguage, string>> = {
  en: 'en-GB',
  ru: 'ru',
  kk: 'kk',
};

/**
 * The language to show: the reader's choice, else the browser's UI language (`ru-RU` is
 * Russian, `kk` Kazakh), else English. Any other language falls back to English, the language
 * of the report.
 */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  const primary = browserLanguage.trim().toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.find((language) => language === primary) ?? 'en';
}
