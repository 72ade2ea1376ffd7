// JS `\b` only knows ASCII word characters, so "Казахстана" or "Almatı" would be cut short
// or matched inside longer words. Word boundaries are checked here with Unicode classes.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether code point `code` is a letter, digit or combining mark (ASCII without a RegExp). */
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** True when the code point ending just before `index` is a letter, digit or combining mark. */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return isWordCode(text.codePointAt(isLowSurrogate && index >= 2 ? index - 2 : index - 1) ?? 0);
}

/** True when the code point starting at `index` is a letter, digit or combining mark. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return isWordCode(text.codePointAt(index) ?? 0);
}
