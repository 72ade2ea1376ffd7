// JS `\b` only knows ASCII word characters, so "Казахстана" or "Almatı" would be cut short
// or matched inside longer words. Word boundaries are checked here with Unicode classes.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True when the code point ending just before `index` is a letter, digit or combining mark. */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  const start = isLowSurrogate && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(text.slice(start, index));
}

/** True when the code point starting at `index` is a letter, digit or combining mark. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.codePointAt(index) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(code));
}
