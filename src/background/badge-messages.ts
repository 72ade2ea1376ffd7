import { translators, type LocaleTables } from '../i18n/translator';
import { badge as en, manifest as enManifest } from '../locales/en.json';
import { badge as kk, manifest as kkManifest } from '../locales/kk.json';
import { badge as ru, manifest as ruManifest } from '../locales/ru.json';

/** The toolbar button's title in every language. */
const BADGE_TABLES: LocaleTables<'badge' | 'manifest'> = {
  en: { badge: en, manifest: enManifest },
  ru: { badge: ru, manifest: ruManifest },
  kk: { badge: kk, manifest: kkManifest },
};

/** The toolbar button's words in a language. */
export const badgeWords = translators(BADGE_TABLES);
