import { formatDate, formatNumber } from './format';
import { LOCALE_TAGS, type UiLanguage } from './languages';
import type { KeyIn, MessageValue, PluralKey, Section, VarsOf } from './message-keys';

/** Messages as a locale file holds them: text, or a group of messages by name. */
export interface MessageTable {
  readonly [name: string]: string | MessageTable;
}

/** The sections a part of the extension uses, in every language (imported from the JSON). */
export type LocaleTables<S extends Section> = Readonly<
  Record<UiLanguage, Readonly<Record<S, MessageTable>>>
>;

/** The words of one language, and how it writes numbers, dates and quotations. */
export interface Translator<S extends Section> {
  readonly language: UiLanguage;
  /** The message, its `{placeholders}` filled in (numbers formatted for the language). */
  t<K extends KeyIn<S>>(key: K, ...vars: VarsOf<K>): string;
  /** The message with its `{placeholders}` left in, for rendering them as elements. */
  template<K extends KeyIn<S>>(key: K): string;
  /** The plural form `Intl.PluralRules` picks for `count`, with `{count}` formatted. */
  plural<K extends KeyIn<S, PluralKey>>(
    key: K,
    count: number,
    ...vars: VarsOf<`${K}.other`, 'count'>
  ): string;
  /** "20,000", "20 000". */
  number(value: number): string;
  /** "7 January 2022", "7 января 2022 г.", "2022 ж. 7 қаңтар". */
  date(iso: string, options?: { weekday?: boolean }): string;
  /**
   * The report's own words in the quotation marks of the language: “…” in English, «…» in
   * Russian and Kazakh. Only ever the report's verbatim words (tests/guards/quoted-strings.ts).
   */
  quote(words: string): string;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function lookup(table: MessageTable | undefined, key: string): string | undefined {
  let at: string | MessageTable | undefined = table;
  for (const name of key.split('.')) {
    if (at === undefined || typeof at === 'string' || !Object.hasOwn(at, name)) return undefined;
    at = at[name];
  }
  return typeof at === 'string' ? at : undefined;
}

/** `{name}` in `template` replaced by `vars.name`; unknown placeholders stay as they are. */
export function fillPlaceholders(
  template: string,
  vars: Readonly<Record<string, MessageValue>>,
  language: UiLanguage,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name];
    return typeof value === 'number' ? formatNumber(value, language) : String(value);
  });
}

/**
 * A translator over `tables` for `language`. A message missing in that language (the tests in
 * tests/unit/i18n forbid it) falls back to English, then to its key, so nothing is ever blank.
 */
export function createTranslator<S extends Section>(
  tables: LocaleTables<S>,
  language: UiLanguage,
): Translator<S> {
  const own = tables[language] as Readonly<Record<string, MessageTable>>;
  const english = tables.en as Readonly<Record<string, MessageTable>>;
  const find = (key: string) =>
    lookup(own as MessageTable, key) ?? lookup(english as MessageTable, key) ?? key;
  const rules = new Intl.PluralRules(LOCALE_TAGS[language]);
  const fill = (template: string, vars: Readonly<Record<string, MessageValue>> = {}) =>
    fillPlaceholders(template, vars, language);
  return {
    language,
    t: (key, ...vars) => fill(find(key), vars[0]),
    template: (key) => find(key),
    plural(key, count, ...vars) {
      const form =
        lookup(own as MessageTable, `${key}.${rules.select(count)}`) ?? find(`${key}.other`);
      return fill(form, { ...vars[0], count });
    },
    number: (value) => formatNumber(value, language),
    date: (iso, options) => formatDate(iso, language, options),
    quote: (words) => (language === 'en' ? `“${words}”` : `«${words}»`),
  };
}

/** One translator per language over `tables`, each made on first use. */
export function translators<S extends Section>(
  tables: LocaleTables<S>,
): (language: UiLanguage) => Translator<S> {
  const made = new Map<UiLanguage, Translator<S>>();
  return (language) => {
    let translator = made.get(language);
    if (!translator) {
      translator = createTranslator(tables, language);
      made.set(language, translator);
    }
    return translator;
  };
}
