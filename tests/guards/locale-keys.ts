/** A locale file's messages: text, or a group of messages by name. */
export interface LocaleTree {
  readonly [name: string]: string | LocaleTree;
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A message as the guards see it: one string, or the forms of a plural message. */
export type Entry =
  { kind: 'simple'; text: string } | { kind: 'plural'; forms: Record<string, string> };

const isPlural = (tree: LocaleTree) =>
  Object.keys(tree).length > 0 &&
  Object.entries(tree).every(
    ([name, value]) => PLURAL_CATEGORIES.has(name) && typeof value === 'string',
  );

/** Every message of a locale file by its dotted key ("popup.mentionCount" for a plural). */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') entries.set(key, { kind: 'simple', text: value });
    else if (isPlural(value))
      entries.set(key, { kind: 'plural', forms: value as Record<string, string> });
    else for (const [k, v] of flattenLocale(value, key)) entries.set(k, v);
  }
  return entries;
}

/** The `{placeholders}` of a text, sorted and without repeats. */
export const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? ''))].sort();

/**
 * What is wrong with `other` against the English messages: a key missing or extra, a simple
 * message that became plural (or back), plural forms that are not exactly the categories
 * `Intl.PluralRules` has for the language, placeholders that differ from the English ones.
 */
export function localeProblems(
  english: ReadonlyMap<string, Entry>,
  other: ReadonlyMap<string, Entry>,
  categories: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const key of english.keys()) if (!other.has(key)) problems.push(`${key} is missing`);
  for (const key of other.keys()) if (!english.has(key)) problems.push(`${key} is not in English`);
  for (const [key, entry] of other) {
    const base = english.get(key);
    if (!base) continue;
    if (base.kind !== entry.kind) {
      problems.push(`${key} is ${entry.kind}, English is ${base.kind}`);
      continue;
    }
    const baseTexts = base.kind === 'simple' ? [base.text] : Object.values(base.forms);
    const want = placeholders(baseTexts.join(' ')).join();
    const texts = entry.kind === 'simple' ? { '': entry.text } : entry.forms;
    for (const [form, text] of Object.entries(texts)) {
      const got = placeholders(text).join();
      if (got !== want)
        problems.push(`${key}${form ? `.${form}` : ''} has {${got}}, English {${want}}`);
    }
    if (entry.kind === 'plural') {
      const forms = Object.keys(entry.forms).sort().join();
      const needed = [...categories].sort().join();
      if (forms !== needed)
        problems.push(`${key} has forms ${forms}, the language needs ${needed}`);
    }
  }
  return problems;
}
