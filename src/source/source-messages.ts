import { translators, type LocaleTables } from '../i18n/translator';
import { manifest as enManifest, source as en } from '../locales/en.json';
import { manifest as kkManifest, source as kk } from '../locales/kk.json';
import { manifest as ruManifest, source as ru } from '../locales/ru.json';

/** The source page's own words (not the report's) in every language. */
const SOURCE_TABLES: LocaleTables<'source' | 'manifest'> = {
  en: { source: en, manifest: enManifest },
  ru: { source: ru, manifest: ruManifest },
  kk: { source: kk, manifest: kkManifest },
};

/** The source page's words in a language. */
export const sourceWords = translators(SOURCE_TABLES);
