import { decodePunycode } from './punycode';
import { siteKey } from './site-key';

/**
 * Scripts told apart in a label; a letter in none of them counts as a script of its own, so a
 * label in an unlisted script (Armenian, Georgian, whose letters include Latin lookalikes) stays
 * in punycode. The scripts from Arabic on have no letters that pass for Latin ones.
 */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** Script mixes a name may use, as in Japanese, Chinese and Korean writing (after UTS #39). */
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

/**
 * Scripts with letters that look like Latin ones at address-bar sizes. A label made only of
 * those (and digits, hyphens) can pass for a Latin name ("аррӏе" in Cyrillic is not "apple"):
 * it is shown decoded only under a top-level domain where that script is expected.
 */
const LOOKALIKES: Readonly<Record<string, { only: RegExp; tlds: ReadonlySet<string> }>> = {
  Cyrillic: {
    only: /^[асԁеһіјӏорԛѕԝхуъьҽпгѵѡ0-9-]+$/u,
    tlds: new Set('ru su ua by kz kg bg mk rs me mn tj ba рф бел қаз укр срб мкд мон'.split(' ')),
  },
  Greek: { only: /^[αεικνορτυχγω0-9-]+$/u, tlds: new Set(['gr', 'cy', 'ελ']) },
};

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of label) {
    if (!/\p{L}/u.test(char)) continue;
    scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? `other:${char}`);
  }
  return scripts;
}

/** Whether a decoded label may be shown as it is, under the (decoded) top-level domain. */
function isSafeLabel(label: string, tld: string): boolean {
  // Letters, marks, digits and hyphens only: no symbols, spaces or invisible characters.
  if (!/^[\p{L}\p{M}\p{N}-]+$/u.test(label)) return false;
  const scripts = scriptsOf(label);
  if (scripts.size > 1) return ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.has(s)));
  const [script] = scripts;
  const lookalike = script === undefined ? undefined : LOOKALIKES[script];
  return !lookalike || !lookalike.only.test(label) || lookalike.tlds.has(tld);
}

/** A label's Unicode form, or null if it does not decode to exactly the same label. */
function decodeLabel(label: string): string | null {
  if (!label.startsWith('xn--')) return label;
  const decoded = decodePunycode(label.slice(4));
  // Only what encodes back to the very same label (the URL parser also normalises and checks).
  return decoded !== null && siteKey(`http://${decoded}/`) === label ? decoded : null;
}

/**
 * A site key as a reader would write it, the way browsers show addresses: punycode labels
 * decoded to Unicode (`xn--80aa6ae5a6c.kz` -> `алматы.kz`), except a label that could pass for
 * another name stays in punycode (`xn--80ak6aa92e.com`, "аррӏе.com" in Cyrillic): one that
 * mixes scripts (a Cyrillic "а" in "pаypal"), one made only of letters that look Latin outside
 * its script's own top-level domains, one with symbols, and one that does not decode cleanly.
 * For display only: never compare or store the result.
 */
export function displaySite(key: string): string {
  const labels = key.split('.');
  const last = labels[labels.length - 1] ?? '';
  const tld = decodeLabel(last) ?? last;
  return labels
    .map((label) => {
      const decoded = decodeLabel(label);
      return decoded !== null && (decoded === label || isSafeLabel(decoded, tld)) ? decoded : label;
    })
    .join('.');
}
