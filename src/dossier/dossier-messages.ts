import { createTranslator, type LocaleTables, type Translator } from '../i18n/translator';
import type { UiLanguage } from '../i18n/languages';
import { dossier as enDossier, figures as enFigures } from '../locales/en.json';
import { dossier as kkDossier, figures as kkFigures } from '../locales/kk.json';
import { dossier as ruDossier, figures as ruFigures } from '../locales/ru.json';
import { localDossier, type LocalDossier } from './localise';

/** The words around the facts (dates, attributions, readings, the figures table). */
export const DOSSIER_TABLES: LocaleTables<'dossier' | 'figures'> = {
  en: { dossier: enDossier, figures: enFigures },
  ru: { dossier: ruDossier, figures: ruFigures },
  kk: { dossier: kkDossier, figures: kkFigures },
};

/** Everything a view needs to say the facts in one language. */
export interface FactWords extends LocalDossier {
  readonly language: UiLanguage;
  readonly tr: Translator<'dossier' | 'figures'>;
}

const cache = new Map<UiLanguage, FactWords>();

/** The facts and the words around them in `language` (made once per language). */
export function factWords(language: UiLanguage): FactWords {
  const cached = cache.get(language);
  if (cached) return cached;
  const made: FactWords = {
    ...localDossier(language),
    language,
    tr: createTranslator(DOSSIER_TABLES, language),
  };
  cache.set(language, made);
  return made;
}
