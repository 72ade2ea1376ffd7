import { describe, expect, it } from 'vitest';
import { PLANTED_FORMS } from '../../bench/generate-page';
import { plantMentions } from '../../bench/plant-mentions';

const PROSE = 'a stretch of prose long enough to plant in';
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${PROSE} ${i}</p>`);

describe('plantMentions', () => {
  it.each([
    ['a page without a body', '<html><head><title>t</title></head></html>'],
    ['text shorter than 20 characters', `<body>${'<p>short words</p>'.repeat(8)}</body>`],
    [
      'text with no word of 3 letters',
      `<body>${'<p>1 2 3 4 5 6 7 8 9 10 11 12</p>'.repeat(8)}</body>`,
    ],
  ])('plants nothing in %s', (_name, html) => {
    expect(plantMentions(html)).toEqual({
      html,
      planted: { kazakhstan: 0, tokayev: 0, almaty: 0 },
      total: 0,
    });
  });

  it.each([
    ['script', `<script>var s = "${PROSE}";</script>`],
    ['style', `<style>/* ${PROSE} */</style>`],
    ['noscript', `<noscript><p>${PROSE}</p></noscript>`],
    ['textarea', `<textarea>${PROSE}</textarea>`],
    ['template', `<template><p>${PROSE}</p></template>`],
    ['svg', `<svg><text>${PROSE}</text></svg>`],
    ['select', `<select><option>${PROSE}</option></select>`],
    ['iframe', `<iframe><p>${PROSE}</p></iframe>`],
    ['button', `<button>${PROSE}</button>`],
    ['code', `<code>${PROSE}</code>`],
    ['pre', `<pre>${PROSE}</pre>`],
    ['a comment', `<!-- <p>${PROSE}</p> -->`],
  ])('never plants inside %s, and leaves it as it was', (_name, region) => {
    const html = `<body>${region.repeat(8)}</body>`;
    expect(plantMentions(html, 1)).toMatchObject({ html, total: 0 });
  });

  it.each([
    [1, 8],
    [4, 2],
    [8, 1],
    [9, 0],
  ])('plants in every %i-th stretch of prose: %i names in 8 paragraphs', (every, expected) => {
    expect(plantMentions(`<body>${paragraphs(8).join('')}</body>`, every).total).toBe(expected);
  });

  it('puts the name before the first word, after the leading space', () => {
    const { html } = plantMentions(`<body><p>\n  ${PROSE}</p></body>`, 1);
    expect(html).toBe(`<body><p>\n  ${PLANTED_FORMS[0]?.form} ${PROSE}</p></body>`);
  });

  it('leaves the head alone', () => {
    const head = `<head><title>${PROSE}</title><meta name="x" content="y"></head>`;
    expect(plantMentions(`<html>${head}<body><p>${PROSE}</p></body></html>`, 1).html).toMatch(
      new RegExp(`^<html>${head}<body>`),
    );
  });

  it('cycles through the planted forms and counts them per entity', () => {
    const n = PLANTED_FORMS.length * 2 + 1;
    const { html, planted, total } = plantMentions(`<body>${paragraphs(n).join('')}</body>`, 1);
    const expected: Record<string, number> = { kazakhstan: 0, tokayev: 0, almaty: 0 };
    for (let i = 0; i < n; i++) {
      const { form, entityId } = PLANTED_FORMS[i % PLANTED_FORMS.length]!;
      expected[entityId] = (expected[entityId] ?? 0) + 1;
      expect(html).toContain(`<p>${form} ${PROSE} ${i}</p>`);
    }
    expect(total).toBe(n);
    expect(planted).toEqual(expected);
  });
});
