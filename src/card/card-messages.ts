import { translators, type LocaleTables } from '../i18n/translator';
import { card as en } from '../locales/en.json';
import { card as kk } from '../locales/kk.json';
import { card as ru } from '../locales/ru.json';

/**
 * The card's and the Undo notice's words in every language. Imported only by the card's own
 * modules, so they load with the card and never with the script every page runs.
 */
const CARD_TABLES: LocaleTables<'card'> = {
  en: { card: en },
  ru: { card: ru },
  kk: { card: kk },
};

/** The card's words in a language. */
export const cardWords = translators(CARD_TABLES);
