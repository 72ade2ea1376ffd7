import { translators, type LocaleTables } from '../i18n/translator';
import { common as enCommon, manifest as enManifest, popup as en } from '../locales/en.json';
import { common as kkCommon, manifest as kkManifest, popup as kk } from '../locales/kk.json';
import { common as ruCommon, manifest as ruManifest, popup as ru } from '../locales/ru.json';

/** The toolbar popup's words in every language (its facts' words: dossier-messages.ts). */
const POPUP_TABLES: LocaleTables<'popup' | 'common' | 'manifest'> = {
  en: { popup: en, common: enCommon, manifest: enManifest },
  ru: { popup: ru, common: ruCommon, manifest: ruManifest },
  kk: { popup: kk, common: kkCommon, manifest: kkManifest },
};

/** The popup's words in a language. */
export const popupWords = translators(POPUP_TABLES);
