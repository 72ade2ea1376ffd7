import type { GeneratedI18nStructure } from '#i18n';

/**
 * Typed message keys, from the structure @wxt-dev/i18n generates out of `src/locales/en.json`
 * (`.wxt/i18n/structure.d.ts`, written by `wxt prepare` and every build): a key that is not in
 * the English file, or a missing or unknown `{placeholder}`, does not compile.
 */
type Structure = GeneratedI18nStructure;

/** A plural category of `Intl.PluralRules` (CLDR). */
export type PluralCategory = Intl.LDMLPluralRule;

/** The sections of a locale file: "card", "popup"… (each bundled only where it is used). */
export type Section =
  Exclude<keyof Structure, `@@${string}`> extends `${infer S}.${string}` ? S : never;

type AllKeys = Exclude<keyof Structure, `@@${string}`> & string;

/** A plural message: "popup.mentionCount" stands for "popup.mentionCount.one", ".other"… */
export type PluralKey = AllKeys extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;

/** A message that is one string. */
export type SimpleKey = Exclude<AllKeys, `${PluralKey}.${PluralCategory}`>;

/** The keys of `sections`. */
export type KeyIn<S extends Section, K extends string = SimpleKey> = Extract<K, `${S}.${string}`>;

type NamesOf<K> = K extends keyof Structure
  ? Structure[K] extends { namedSubstitutions: readonly (infer N extends string)[] }
    ? N
    : never
  : never;

/** A value put in for a `{placeholder}`: text, or a number (formatted in the UI language). */
export type MessageValue = string | number;

/** What a message needs: nothing, or one value per `{placeholder}`. */
export type VarsOf<K, Except extends string = never> = [Exclude<NamesOf<K>, Except>] extends [never]
  ? []
  : [vars: Record<Exclude<NamesOf<K>, Except>, MessageValue>];
