import { describe, expect, it } from 'vitest';
import { createPrefilter } from '../../src/matching/prefilter';
import { candidatesAround, candidatesUnder } from '../../src/page/candidate-source';
import { ChunkCursor } from '../../src/page/text-chunks';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return document.body;
}

const chunks = (cursor: ChunkCursor) => {
  const out: string[] = [];
  for (let chunk = cursor.next(); chunk; chunk = cursor.next()) out.push(chunk.text);
  return out;
};

const prefilter = createPrefilter();
/** The text of every candidate a source gives, in order. */
const candidates = (source: ReturnType<typeof candidatesUnder>) => {
  const out: string[] = [];
  for (let next = source.next(); next !== null; next = source.next()) {
    if (next) out.push(next.node.data);
  }
  return out;
};

const PROSE = '<p>one</p><p>two <b>three</b></p><div><i>four</i> five</div><p>six</p>';

describe('text chunks', () => {
  it.each([1, 2, 3, 500])('reads every text once, in order, %i elements a chunk', (size) => {
    const root = page(PROSE);
    const text = chunks(new ChunkCursor(root, () => undefined, false, null, size)).join('');
    expect(text).toBe(root.textContent);
  });

  it.each([1, 2, 500])('reads the text before a start backward, %i elements a chunk', (size) => {
    const root = page(PROSE);
    const start = root.querySelector('div') as Element;
    const read = chunks(new ChunkCursor(root, () => undefined, true, start, size));
    expect(read.reverse().join('')).toBe('onetwo three');
  });

  it('reports each open shadow root it passes, and custom elements without one yet', () => {
    const root = page('<div id="h"></div><p>text</p><kc-later id="c"></kc-later><span>x</span>');
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    const found: [ShadowRoot | null, string][] = [];
    chunks(new ChunkCursor(root, (r, host) => found.push([r, host.id])));
    expect(found).toEqual([
      [shadow, 'h'],
      [null, 'c'],
    ]);
  });
});

describe('candidate sources', () => {
  it('gives only the text nodes a name may be in', () => {
    const root = page('<p>one</p><p>in <b>Almaty</b> today</p><p>two</p><p>Tokayev said</p>');
    expect(candidates(candidatesUnder(root, prefilter, () => undefined))).toEqual([
      'Almaty',
      'Tokayev said',
    ]);
  });

  it('gives nothing, after some calls, on a page that names nobody', () => {
    const root = page(PROSE.repeat(50));
    expect(candidates(candidatesUnder(root, prefilter, () => undefined))).toEqual([]);
  });

  it('gives every candidate once around an anchor, its own side first', () => {
    const names = ['Almaty', 'Tokayev', 'Kazakhstan', 'Almaty.', 'Tokayev.'];
    const root = page(names.map((name) => `<p>${name}</p>`).join(''));
    const anchor = root.children[2] ?? null;
    const found = candidates(candidatesAround(root, anchor, prefilter, () => undefined));
    expect(found[0]).toBe('Kazakhstan');
    expect([...found].sort()).toEqual([...names].sort());
  });
});

describe('text chunks around a huge text', () => {
  // Forward only: happy-dom's TreeWalker.previousNode stops early (backward walks are
  // checked in Chromium, tests/e2e/element-walker.e2e.ts and the stress pages).
  it('reads a huge text alone in its element on its own, once', () => {
    const huge = 'x'.repeat(70_000);
    const root = page(`<p>before</p><pre>${huge}</pre><p>after</p>`);
    const read = chunks(new ChunkCursor(root, () => undefined));
    expect(read).toContain(huge);
    expect(read.join('')).toBe(root.textContent);
  });

  it('reads a huge text beside elements with them, once (only element-free elements are looked into)', () => {
    const huge = 'x'.repeat(70_000);
    const root = page(`<p>before</p><pre>${huge}<b>in</b></pre><p>after</p>`);
    const read = chunks(new ChunkCursor(root, () => undefined));
    expect(read).not.toContain(huge);
    expect(read.join('')).toBe(root.textContent);
  });

  it('does not cut at a small text whose element holds more than a huge text in all', () => {
    const half = 'x'.repeat(40_000);
    const root = page(`<p>before</p><pre>${half}<!-- between -->${half}</pre><p>after</p>`);
    const read = chunks(new ChunkCursor(root, () => undefined));
    expect(read[0]).toBe(`before${half}${half}`);
    expect(read.join('')).toBe(root.textContent);
  });
});
