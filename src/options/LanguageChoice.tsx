import {
  AUTONYMS,
  LANGUAGE_SETTINGS,
  type LanguageSetting,
  type UiLanguage,
} from '../i18n/languages';
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
  return (
    <fieldset>
      <legend>{tr.t('options.languageLegend')}</legend>
      {LANGUAGE_SETTINGS.map((setting) => (
        <label key={setting} class="choice">
          <input
            type="radio"
            name="language"
            value={setting}
            checked={value === setting}
            onChange={() => onChange(setting)}
          />
          {setting === 'auto' ? (
            tr.t('options.languageAuto', { language: AUTONYMS[browserLanguage] })
          ) : (
            <span lang={setting}>{AUTONYMS[setting]}</span>
          )}
        </label>
      ))}
      <p class="hint">{tr.t('options.languageNote')}</p>
    </fieldset>
  );
}
