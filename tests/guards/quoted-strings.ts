/** Opening and closing quotation marks that pair unambiguously (straight quotes toggle). */
const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»' };
const CLOSERS = new Set(Object.values(PAIRS));

/** Strings shown in quotation marks, and marks left unpaired. */
export interface Quoted {
  /** The text inside each pair of marks, outer pairs and nested ones alike. */
  strings: string[];
  /** Marks with no partner, with their offset. */
  unpaired: string[];
}

/**
 * Every string in `text` that stands in double quotation marks (“…”, «…», "…"), nested ones
 * included: “he said “no” twice” gives both `he said “no” twice` and `no`. Single marks are
 * left alone: ’ is also the apostrophe.
 */
export function quotedStrings(text: string): Quoted {
  const strings: string[] = [];
  const unpaired: string[] = [];
  const open: { mark: string; at: number }[] = [];
  let straight: number | undefined;
  [...text].forEach((char, at, chars) => {
    if (char === '"') {
      if (straight === undefined) straight = at;
      else {
        strings.push(chars.slice(straight + 1, at).join(''));
        straight = undefined;
      }
    } else if (PAIRS[char]) {
      open.push({ mark: char, at });
    } else if (CLOSERS.has(char)) {
      const last = open[open.length - 1];
      if (last && PAIRS[last.mark] === char) {
        open.pop();
        strings.push(chars.slice(last.at + 1, at).join(''));
      } else unpaired.push(`${char} at ${at}`);
    }
  });
  if (straight !== undefined) unpaired.push(`" at ${straight}`);
  unpaired.push(...open.map(({ mark, at }) => `${mark} at ${at}`));
  return { strings, unpaired };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What in `text` stands in quotation marks without being verbatim in `article`: each such
 * string, and each unpaired mark. A trailing "…" marks where a long quote was cut, so the words
 * before it must be verbatim; white space is compared as single spaces.
 */
export function unverifiedQuotes(text: string, article: string): string[] {
  const report = squash(article);
  const { strings, unpaired } = quotedStrings(text);
  const problems = strings
    .map(squash)
    .filter((quoted) => {
      const cut = quoted.endsWith('…') ? quoted.slice(0, -1).trimEnd() : quoted;
      return cut === '' || (!report.includes(quoted) && !report.includes(cut));
    })
    .map((quoted) => `“${quoted}” is not verbatim in the report`);
  return [...problems, ...unpaired.map((mark) => `unpaired quotation mark ${mark}`)];
}
