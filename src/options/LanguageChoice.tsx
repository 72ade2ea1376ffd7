import {
  AUTONYMS,
  LANGUAGE_SETTINGS,
  type LanguageSetting,
  type UiLanguage,
} from '../i18n/languages';
import { RadioGroup } from '../ui/RadioGroup';
import { optionsWords } from './options-messages';

/** Props of {@link LanguageChoice}. */
export interface LanguageChoiceProps {
  value: LanguageSetting;
  /** The language `auto` resolves to in this browser, named in the first choice. */
  browserLanguage: UiLanguage;
  /** The page's language now (the legend and the note are in it). */
  language: UiLanguage;
  onChange(setting: LanguageSetting): void;
}

/**
 * Radio buttons for the extension's language. Each language is named in itself and marked up
 * with its own `lang`, so a reader who landed in a language they cannot read still finds theirs
 * and a screen reader pronounces it (WCAG 3.1.2).
 */
export function LanguageChoice({
  value,
  browserLanguage,
  language,
  onChange,
}: LanguageChoiceProps) {
  const tr = optionsWords(language);
  const choices = LANGUAGE_SETTINGS.map((setting) => ({
    value: setting,
    label:
      setting === 'auto' ? (
        tr.t('options.languageAuto', { language: AUTONYMS[browserLanguage] })
      ) : (
        <span lang={setting}>{AUTONYMS[setting]}</span>
      ),
  }));
  return (
    <RadioGroup
      name="language"
      legend={tr.t('options.languageLegend')}
      choices={choices}
      value={value}
      onChange={onChange}
      hint={tr.t('options.languageNote')}
    />
  );
}
