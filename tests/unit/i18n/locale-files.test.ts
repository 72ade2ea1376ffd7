import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS } from '@/src/i18n/languages';
import en from '@/src/locales/en.json';
import kk from '@/src/locales/kk.json';
import ru from '@/src/locales/ru.json';
import { flattenLocale, localeProblems, type LocaleTree } from '../../guards/locale-keys';

const ENGLISH = flattenLocale(en);
const categories = (tag: string) => new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

/** Every source file the messages can be used from. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const CODE = [...sources('src'), ...sources('entrypoints'), 'wxt.config.ts']
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
/** Keys built at run time: `figures.groups.${kind}` uses every key under `figures.groups.`. */
const DYNAMIC_PREFIXES = [...CODE.matchAll(/`([a-z]+(?:\.[A-Za-z]+)+\.)\$\{/g)].map((m) => m[1]);

const used = (key: string) =>
  CODE.includes(`'${key}'`) ||
  CODE.includes(`__MSG_${key.replaceAll('.', '_')}__`) ||
  DYNAMIC_PREFIXES.some((prefix) => prefix !== undefined && key.startsWith(prefix));

describe('the locale files', () => {
  it.each([
    ['ru', ru],
    ['kk', kk],
  ] as const)(
    '%s has every English message, the same placeholders and its plural forms',
    (lang, tree) => {
      expect(localeProblems(ENGLISH, flattenLocale(tree), categories(LOCALE_TAGS[lang]))).toEqual(
        [],
      );
    },
  );

  it('gives English plurals exactly the forms English needs', () => {
    expect(localeProblems(ENGLISH, ENGLISH, categories(LOCALE_TAGS.en))).toEqual([]);
  });

  it.each([...ENGLISH.keys()])('uses the message %s somewhere', (key) => {
    expect(used(key)).toBe(true);
  });

  // The guards fail on copies that bring the problems back.
  it('fails on a copy with a key missing, one extra, a placeholder renamed and a form missing', () => {
    const broken = structuredClone(ru) as unknown as Record<
      string,
      Record<string, LocaleTree | string>
    >;
    delete broken.card!.close;
    broken.card!.extra = 'Лишнее';
    broken.card!.hideEntity = 'Скрыть: {who}';
    delete (broken.popup!.mentionCount as Record<string, string>).many;
    expect(localeProblems(ENGLISH, flattenLocale(broken as LocaleTree), categories('ru'))).toEqual([
      'card.close is missing',
      'card.extra is not in English',
      'card.hideEntity has {who}, English {name}',
      'popup.mentionCount has forms few,one,other, the language needs few,many,one,other',
    ]);
  });

  it('fails on a key no code uses', () => {
    expect(used('popup.neverShown')).toBe(false);
  });
});
