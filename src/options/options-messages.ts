import { translators, type LocaleTables } from '../i18n/translator';
import { common as enCommon, options as en } from '../locales/en.json';
import { common as kkCommon, options as kk } from '../locales/kk.json';
import { common as ruCommon, options as ru } from '../locales/ru.json';

/** The options page's words in every language. */
const OPTIONS_TABLES: LocaleTables<'options' | 'common'> = {
  en: { options: en, common: enCommon },
  ru: { options: ru, common: ruCommon },
  kk: { options: kk, common: kkCommon },
};

/** The options page's words in a language. */
export const optionsWords = translators(OPTIONS_TABLES);
