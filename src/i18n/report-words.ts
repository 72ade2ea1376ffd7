/** A piece of a translated text: the UI language's words, or the report's quoted English. */
export interface TextPiece {
  text: string;
  /** The report's words, verbatim and in English (shown between the language's marks). */
  report: boolean;
}

/**
 * Cuts a Russian or Kazakh text at its «…»: by the rule of these translations, guillemets
 * stand only around the report's own English words (tests/guards/quoted-strings.ts), so each
 * quoted piece can be marked up as English for screen readers (WCAG 3.1.2, language of parts).
 * The marks stay with the text around them.
 */
export function splitReportWords(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let rest = text;
  for (let open = rest.indexOf('«'); open >= 0; open = rest.indexOf('«')) {
    const close = rest.indexOf('»', open + 1);
    if (close < 0) break;
    pieces.push({ text: rest.slice(0, open + 1), report: false });
    pieces.push({ text: rest.slice(open + 1, close), report: true });
    rest = rest.slice(close);
  }
  pieces.push({ text: rest, report: false });
  return pieces.filter((piece) => piece.text !== '');
}
