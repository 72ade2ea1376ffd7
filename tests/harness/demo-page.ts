import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The bundled demo page: a news-style page carrying the full source report (from the
 * extension's own copy, so there is one text) plus paragraphs in other spellings.
 */
export function renderDemoPage(): string {
  const template = readFileSync(resolve(ROOT, 'assets/demo/demo.html'), 'utf8');
  const article = readFileSync(resolve(ROOT, 'src/dossier/article.txt'), 'utf8');
  const paragraphs = article
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n        ');
  return template.replace('<!-- report -->', paragraphs);
}
