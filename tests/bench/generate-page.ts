/**
 * Deterministic news-like pages for the benchmark and the stress tests. The markup is as dense
 * as a real news site's: navigation and link lists, paragraphs broken by links, emphasis and
 * spans, whitespace between blocks, so a 1.5 MB page holds ~51,000 text nodes of ~17
 * characters each. A given number of mentions is planted evenly, cycling through many
 * spellings.
 */

const WORDS = (
  'the government said on tuesday that its ministers would meet again after talks with ' +
  'regional leaders over prices fuel protests markets reported sharp moves while analysts ' +
  'warned of further unrest across the region and officials declined to comment on reports ' +
  'of arrests in several cities where residents described long queues at banks and shops'
).split(' ');

/** Spellings planted in rotation, with the entity each must be found as. */
export const PLANTED_FORMS: readonly { form: string; entityId: string }[] = [
  { form: 'Kazakhstan', entityId: 'kazakhstan' },
  { form: 'Tokayev', entityId: 'tokayev' },
  { form: 'Almaty', entityId: 'almaty' },
  { form: 'Kassym-Jomart Tokayev', entityId: 'tokayev' },
  { form: 'Казахстане', entityId: 'kazakhstan' },
  { form: 'Токаева', entityId: 'tokayev' },
  { form: 'Алма-Аты', entityId: 'almaty' },
  { form: 'Kasachstan', entityId: 'kazakhstan' },
  { form: 'Tokaïev', entityId: 'tokayev' },
  { form: 'Almatı', entityId: 'almaty' },
];

/** A seeded pseudo-random generator (mulberry32), so every run benches the same page. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated page and what was planted in it. */
export interface GeneratedPage {
  html: string;
  /** Characters of text in the body's text nodes (whitespace between blocks included). */
  textChars: number;
  planted: Record<string, number>;
}

/** What to generate. */
export interface PageSpec {
  /** About this many bytes of HTML. */
  htmlBytes: number;
  /** Names planted evenly over the page's paragraphs. */
  mentions: number;
  seed?: number;
}

/** About `htmlBytes` of news-like HTML with `mentions` names planted evenly. */
export function generatePage({ htmlBytes, mentions, seed = 1 }: PageSpec): GeneratedPage {
  const next = random(seed);
  const word = () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the';
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const planted: Record<string, number> = { kazakhstan: 0, tokayev: 0, almaty: 0 };
  // One block: a link list of 8 items (a sidebar, a navigation bar) and a paragraph with
  // 6 inline elements; each ~940 bytes of HTML and 32 text nodes.
  const blockBytes = 940;
  const blocks = Math.max(1, Math.round(htmlBytes / blockBytes));
  let plantedSoFar = 0;
  let textChars = 0;
  const parts: string[] = [];
  const text = (value: string) => {
    textChars += value.length;
    return value;
  };
  for (let b = 0; b < blocks; b += 1) {
    const items = Array.from(
      { length: 8 },
      (_, i) => `  <li><a href="/s/${b}/${i}">${text(words(2))}</a></li>${text('\n')}`,
    );
    parts.push(`<ul>${text('\n')}${items.join('')}</ul>${text('\n')}`);
    const segments = Array.from({ length: 7 }, () => words(9));
    // Plant so that mention k lands in block floor(k * blocks / mentions).
    const due = Math.floor(((b + 1) * mentions) / blocks) - plantedSoFar;
    for (let k = 0; k < due; k += 1) {
      const { form, entityId } = PLANTED_FORMS[plantedSoFar % PLANTED_FORMS.length] ?? {
        form: 'Almaty',
        entityId: 'almaty',
      };
      const at = k % segments.length;
      segments[at] = `${segments[at]} ${form} ${word()}`;
      planted[entityId] = (planted[entityId] ?? 0) + 1;
      plantedSoFar += 1;
    }
    const inline = ['a href="#"', 'em', 'span class="x"', 'strong', 'a href="#n"', 'span'];
    const body = segments
      .map((segment, i) => {
        const tag = inline[i - 1];
        if (!tag) return text(`${segment} `);
        const name = tag.split(' ')[0] ?? 'span';
        return `<${tag}>${text(word())}</${name}>${text(` ${segment} `)}`;
      })
      .join('');
    parts.push(`<p>${body}</p>${text('\n')}`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{font:16px/1.5 serif;max-width:760px;margin:auto}ul{columns:4}</style></head>
<body><article>${text('\n')}${parts.join('')}</article></body></html>`;
  return { html, textChars, planted };
}
