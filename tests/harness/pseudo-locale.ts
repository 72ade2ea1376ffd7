import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITIES } from '../../src/dossier/entities';
import { FACTS } from '../../src/dossier/facts';
import english from '../../src/locales/en.json';
import { CHROME_BUILD } from './extension';

/**
 * Pseudo-localisation for the layout tests: the English words made ~40 % longer and accented,
 * so that a card or popup sized for English shows where a longer language would break it. It
 * lives only here: the tests apply it to a copy of the built extension, nothing ships with it.
 */

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((plain, i) => [
    plain,
    [...'åƀçđéĝĥîķļñöŕšţûŵýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛŴÝŽ'][i] as string,
  ]),
);
const PADDING = 'ŵöŕð ';
/** Kept as they are: `{placeholders}`, and the report's words in quotation marks (verbatim). */
const KEPT = /(\{[A-Za-z0-9_]+\}|“[^”]*”)/;

/**
 * "Next mention" → "[Ñéxţ méñţîöñ ŵöŕð]": letters accented, `{placeholders}` and quoted words kept,
 * padded with pseudo-words to 140 % of the length, and bracketed so a clipped end shows.
 * Leading and trailing spaces stay outside the brackets, as the UI joins strings with them.
 */
export function pseudoLocalise(text: string): string {
  const [, lead = '', body = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
  if (!body) return text;
  const accented = body
    .split(KEPT)
    .map((part) => (KEPT.test(part) ? part : part.replace(/./g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const extra = Math.ceil(body.length * 0.4);
  const padding = PADDING.repeat(Math.ceil(extra / PADDING.length))
    .slice(0, extra)
    .trim();
  return `${lead}[${accented}${padding ? ` ${padding}` : ''}]${trail}`;
}

/** Every English message as `[dotted key, text]`. */
function messages(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([name, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${name}`, value] as [string, string]]
      : messages(value as object, `${prefix}${name}.`),
  );
}

/**
 * The English facts' own prose, kept with the facts rather than in en.json: each statement and
 * entity descriptor, keyed `statement.<fact id>` / `descriptor.<entity id>`. Quotes and the
 * report's words are left alone: they stay verbatim in every language.
 */
function dossierProse(): [string, string, string][] {
  return [
    ...FACTS.map((fact) => [`statement.${fact.id}`, 'statement', fact.statement] as const),
    ...ENTITIES.map(
      (entity) => [`descriptor.${entity.id}`, 'descriptor', entity.descriptor] as const,
    ),
  ].map(([key, name, text]) => [key, name, text]);
}

/** All `.js` files under `dir`. */
async function scripts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pseudo-localised copy of a build, and which English messages it replaced. */
export interface PseudoBuild {
  path: string;
  /** Keys (`card.close`, `statement.<fact id>`) whose English text was found and replaced. */
  replaced: Set<string>;
}

/**
 * A copy of the built Chrome extension in a temporary folder with every English message in its
 * scripts pseudo-localised. The bundler inlines src/locales/en.json as object literals, so a
 * message is its `name:"text"` property; only that is replaced, never the same words elsewhere
 * in the code. The caller checks `replaced` so a bundle change cannot silently leave English.
 */
export async function pseudoChromeBuild(source = CHROME_BUILD): Promise<PseudoBuild> {
  const path = await mkdtemp(join(tmpdir(), 'kc-pseudo-'));
  await cp(source, path, { recursive: true });
  const replaced = new Set<string>();
  const sources: [string, string, string][] = [
    ...messages(english).map(([key, text]): [string, string, string] => [
      key,
      key.slice(key.lastIndexOf('.') + 1),
      text,
    ]),
    ...dossierProse(),
  ];
  const rules = sources.map(([key, property_, text]) => {
    const name = escape(property_);
    const property = new RegExp(`([{,](?:${name}|"${name}"):)${escape(JSON.stringify(text))}`, 'g');
    return { key, property, pseudo: JSON.stringify(pseudoLocalise(text)) };
  });
  for (const file of await scripts(path)) {
    let code = await readFile(file, 'utf8');
    for (const { key, property, pseudo } of rules) {
      code = code.replace(property, (_, head: string) => {
        replaced.add(key);
        return `${head}${pseudo}`;
      });
    }
    await writeFile(file, code);
  }
  return { path, replaced };
}

/**
 * The keys of the English words in `sections` of en.json and of the facts' prose, to compare
 * with `replaced`.
 */
export function englishKeys(...sections: (keyof typeof english)[]): string[] {
  return [
    ...sections.flatMap((section) => messages(english[section], `${section}.`)),
    ...dossierProse(),
  ].map(([key]) => key);
}
