import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDemoPage } from '../../harness/demo-page';

const article = readFileSync(
  resolve(import.meta.dirname, '../../../src/dossier/article.txt'),
  'utf8',
);

describe('the demo page', () => {
  const html = renderDemoPage();

  it('carries every paragraph of the bundled report, HTML-escaped', () => {
    const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim());
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) {
      const escaped = paragraph.trim().replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      expect(html).toContain(`<p>${escaped}</p>`);
    }
    expect(html).not.toContain('<!-- report -->');
  });

  it.each(['Токаев', 'Тоқаев', 'Kasachstan', 'Kazajistán', 'Tokaïev', 'Almatı'])(
    'has a paragraph spelling a name as %s',
    (spelling) => {
      expect(html).toContain(spelling);
    },
  );
});
