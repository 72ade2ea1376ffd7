import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { factWords, type FactWords } from '../dossier/dossier-messages';
import { resolveLanguage, type LanguageSetting, type UiLanguage } from '../i18n/languages';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/settings-store';

/** The language an extension page speaks, for the components inside it. */
export const LanguageContext = createContext<UiLanguage>('en');

/** The page's language. */
export const useLanguage = (): UiLanguage => useContext(LanguageContext);

/** The facts and the words around them in the page's language. */
export const useFactWords = (): FactWords => factWords(useLanguage());

/**
 * The language a page shows: the reader's setting once read; until then the browser's, which
 * is what most readers keep, so a page rarely changes language as it loads.
 */
export const pageLanguage = (settings: Settings | null, browserLanguage: string): UiLanguage =>
  resolveLanguage(settings?.language ?? 'auto', browserLanguage);

/**
 * Keeps the document's `lang` and title in the page's language, so screen readers pronounce it
 * and the tab names it (the HTML files start in English).
 */
export function useDocumentLanguage(language: UiLanguage, title: string, doc = document): void {
  useEffect(() => {
    doc.documentElement.lang = language;
    doc.title = title;
  }, [doc, language, title]);
}

/**
 * The reader's language setting, kept live from `store` (a change on the options page shows at
 * once); `auto` without a store or until the first read.
 */
export function useLanguageSetting(store: SettingsStore | undefined): LanguageSetting {
  const [setting, setSetting] = useState<LanguageSetting>('auto');
  useEffect(() => {
    if (!store) return undefined;
    let live = true;
    const unsubscribe = store.subscribe((next) => live && setSetting(next.language));
    void store.get().then((read) => live && setSetting(read.language));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return setting;
}
