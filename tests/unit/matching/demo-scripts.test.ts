import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { renderDemoPage } from '../../harness/demo-page';

const matcher = compileMatcher(ENTITIES);
const html = renderDemoPage();
/** The text of the demo paragraph marked `lang="…"`. */
const paragraph = (lang: string) =>
  /<p lang="([^"]+)"[^>]*>([\s\S]*?)<\/p>/gu
    .exec(html.slice(html.indexOf(`<p lang="${lang}"`)))?.[2]
    ?.replace(/\s+/gu, ' ')
    .trim() ?? '';

describe('the demo page in other scripts', () => {
  it.each(['uk', 'el', 'ar', 'he', 'hi', 'zh', 'ja', 'ko'])(
    'names all three in its "%s" paragraph',
    (lang) => {
      const text = paragraph(lang);
      expect(text.length).toBeGreaterThan(10);
      const ids = new Set(matcher.find(text).map((mention) => mention.entityId));
      expect([...ids].sort()).toEqual(['almaty', 'kazakhstan', 'tokayev']);
    },
  );
});
