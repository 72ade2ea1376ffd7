/**
 * Deterministic news-like pages for the benchmark: paragraphs of filler prose with links and
 * emphasis, and a given number of mentions planted evenly, cycling through many spellings.
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
function random(seed: number): () => number {
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
  textBytes: number;
  planted: Record<string, number>;
}

/** About `textBytes` of prose in `<p>` elements with `mentions` names planted evenly. */
export function generatePage(textBytes: number, mentions: number, seed = 1): GeneratedPage {
  const next = random(seed);
  const paragraphs: string[] = [];
  const planted: Record<string, number> = { kazakhstan: 0, tokayev: 0, almaty: 0 };
  const paragraphBytes = 600;
  const count = Math.max(1, Math.round(textBytes / paragraphBytes));
  let plantedSoFar = 0;
  let size = 0;
  for (let p = 0; p < count; p += 1) {
    const words: string[] = [];
    let length = 0;
    while (length < paragraphBytes) {
      const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'the';
      words.push(word);
      length += word.length + 1;
    }
    // Plant so that mention k lands in paragraph floor(k * count / mentions).
    const due = Math.floor(((p + 1) * mentions) / count) - plantedSoFar;
    for (let k = 0; k < due; k += 1) {
      const { form, entityId } = PLANTED_FORMS[plantedSoFar % PLANTED_FORMS.length] ?? {
        form: 'Almaty',
        entityId: 'almaty',
      };
      const at = Math.floor(((k + 1) * words.length) / (due + 1));
      words.splice(at, 0, form);
      planted[entityId] = (planted[entityId] ?? 0) + 1;
      plantedSoFar += 1;
    }
    const text = words.join(' ');
    size += text.length;
    const cut = text.indexOf(' ', 200);
    // Inline markup splits text nodes the way real articles do.
    const body =
      cut > 0 && p % 3 === 0
        ? `${text.slice(0, cut)} <a href="#p${p}">${text.slice(cut + 1, cut + 30)}</a>${text.slice(cut + 30)}`
        : text;
    paragraphs.push(`<p>${body}.</p>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<style>body{font:16px/1.5 serif;max-width:760px;margin:auto}</style></head>
<body><article>${paragraphs.join('\n')}</article></body></html>`;
  return { html, textBytes: size, planted };
}
