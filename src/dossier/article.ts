// Vite's `?raw` suffix bundles the text as a string, so the extension never fetches it.
import article from './article.txt?raw';

/** The bundled report, verbatim: paragraphs separated by a blank line, curly quotes kept. */
export const ARTICLE: string = article;
