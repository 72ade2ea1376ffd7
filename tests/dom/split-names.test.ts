import { afterEach, describe, expect, it } from 'vitest';
import { adjacentMention, type MentionRef } from '../../src/card/mention-order';
import { ENTITIES } from '../../src/dossier/entities';
import { HighlightPainter } from '../../src/highlight/highlight-painter';
import { compileMatcher } from '../../src/matching/compile-matcher';
import { createPrefilter } from '../../src/matching/prefilter';
import { candidatesAround } from '../../src/page/candidate-source';
import { caretInMention, mentionRange, mentionStands } from '../../src/page/mention-range';
import { PageScanner } from '../../src/page/page-scanner';
import { fakeHighlightApi, paintedText } from './fake-highlights';

const compiled = compileMatcher(ENTITIES);
let controller = new AbortController();
afterEach(() => controller.abort());

/** Scans `html` as the page's body; returns the scanner and the fake registry. */
async function scan(html: string, cap = 2_000) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const before = document.body.innerHTML;
  const api = fakeHighlightApi();
  controller = new AbortController();
  const painter = new HighlightPainter(api, cap);
  const scanner = new PageScanner({
    doc: document,
    matcher: () => compiled,
    painter,
    signal: controller.signal,
  });
  scanner.enable();
  await scanner.whenIdle();
  // The page is never changed by highlighting.
  expect(document.body.innerHTML).toBe(before);
  return { scanner, painter, registry: api.registry };
}

const TAGS = ['b', 'i', 'em', 'strong', 'span', 'a', 'mark'];
const cutsOf = (name: string) => Array.from({ length: name.length - 1 }, (_, i) => i + 1);

describe('a name split across inline elements', () => {
  it.each(
    TAGS.flatMap((tag) =>
      ['Kazakhstan', 'Токаев'].flatMap((name) =>
        cutsOf(name).map((at) => [`${name.slice(0, at)}<${tag}>${name.slice(at)}</${tag}>`, name]),
      ),
    ),
  )('counts %s once and paints it as one highlight', async (html, name) => {
    const { scanner, registry } = await scan(`<p>News from ${html} today.</p>`);
    const id = name === 'Kazakhstan' ? 'kazakhstan' : 'tokayev';
    expect(scanner.index.counts()[id]).toBe(1);
    expect(paintedText(registry)[`kc-${id}`]).toEqual([name]);
  });

  it.each([
    ['the second piece first', '<span>Ток</span>аев', 'Токаев'],
    ['three pieces', 'Kas<em>sym-Jomart</em> Tokayev', 'Kassym-Jomart Tokayev'],
    [
      'nested inlines',
      '<a href="#"><span>Kaz</span></a><strong><i>akh</i>st</strong>an',
      'Kazakhstan',
    ],
    ['a line break opportunity', 'Kazakh<wbr>stan', 'Kazakhstan'],
    ['a comment between', 'Alma<!-- x -->ty', 'Almaty'],
    ['an empty inline between', 'Alma<span></span>ty', 'Almaty'],
  ])('joins %s', async (_what, html, name) => {
    const { scanner, registry } = await scan(`<p>Said in ${html}.</p>`);
    const counts = scanner.index.counts();
    expect(counts.kazakhstan + counts.tokayev + counts.almaty).toBe(1);
    expect(Object.values(paintedText(registry)).flat()).toEqual([name]);
  });

  it.each([
    ['paragraphs', '<p>Kazakh</p><p>stan</p>'],
    ['divs', '<div>Kazakh<div>stan</div></div>'],
    ['list items', '<ul><li>Kazakh</li><li>stan</li></ul>'],
    ['table cells', '<table><tr><td>Kazakh</td><td>stan</td></tr></table>'],
    ['a line break', '<p>Kazakh<br>stan</p>'],
    ['an image', '<p>Kazakh<img alt="">stan</p>'],
    ['an editable inline', '<p>Kazakh<span contenteditable="true">stan</span></p>'],
    ['a textbox inline', '<p>Kazakh<span role="textbox">stan</span></p>'],
    ['a script', '<p>Kazakh<script>stan</script></p>'],
    ['a style', '<p>Kazakh<style>stan</style></p>'],
    ['a textarea', '<p>Kazakh<textarea>stan</textarea></p>'],
    ['an editor around both', '<div contenteditable="true">Kazakh<b>stan</b></div>'],
    ['a space', '<p>Kazakh <b>stan</b></p>'],
  ])('does not join a name across %s', async (_what, html) => {
    const { scanner, registry } = await scan(`${html}<p>Almaty</p>`);
    expect(scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 1 });
    expect(paintedText(registry)['kc-kazakhstan'] ?? []).toEqual([]);
  });

  it.each([
    ['a word running on in both pieces', '<p>Alma<b>tynsky</b> and Tok<i>ayevism</i></p>', 0],
    ['a menu of links', '<nav><a href="#a">Home</a><a href="#b">Almaty</a></nav>', 1],
    ['a word running on past a whole name', '<p>Almaty<b>nsky</b></p>', 1],
  ])('judges a name by its own text node unless it crosses a join: %s', async (_w, html, n) => {
    const { scanner } = await scan(html);
    expect(scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: n });
  });

  it('keeps a split name one painted range against the cap', async () => {
    const { scanner, painter } = await scan('<p>Kazakh<b>stan</b> and Almaty</p>', 1);
    expect(scanner.index.counts()).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 1 });
    expect(painter.paintedCount).toBe(1);
  });

  it('steps to a split name once, from either side, in document order', async () => {
    const { scanner } = await scan(
      '<p>Almaty, Kas<em>sym-Jomart</em> Tokayev, Kazakh<b>stan</b></p>',
    );
    const seen: string[] = [];
    let ref: MentionRef | undefined;
    for (let i = 0; i < 4; i += 1) {
      ref = adjacentMention(scanner.index, ref, 1);
      const mention = ref && scanner.index.get(ref.node)?.mentions[ref.position];
      if (ref && mention) seen.push(mentionRange(document, ref.node, mention).toString());
    }
    expect(seen).toEqual(['Almaty', 'Kassym-Jomart Tokayev', 'Kazakhstan', 'Almaty']);
  });
});

describe('a split name under the pointer', () => {
  it('is found from every piece, and a caret past it is not', async () => {
    const { scanner } = await scan('<p>Kas<em>sym-Jomart</em> Tokayev said</p>');
    const [first, middle, last] = [...document.querySelectorAll('p, em')].flatMap((element) =>
      [...element.childNodes].filter((node): node is Text => node.nodeType === 3),
    );
    const all = document.querySelector('p')?.childNodes;
    const start = all?.[0] as Text;
    const mention = scanner.index.get(start)?.mentions[0];
    expect(mention && [first, middle, last].map((t) => t?.data)).toEqual([
      'Kas',
      ' Tokayev said',
      'sym-Jomart',
    ]);
    if (!mention || !first || !middle || !last) return;
    const [tail, inEm] = [middle, last];
    expect(scanner.index.ownerOf(inEm)).toBe(start);
    expect(scanner.index.ownerOf(tail)).toBe(start);
    expect(mentionStands(start, mention)).toBe(true);
    expect.soft(caretInMention(start, mention, start, 0)).toBe(true);
    expect.soft(caretInMention(start, mention, inEm, 4)).toBe(true);
    expect.soft(caretInMention(start, mention, tail, 8)).toBe(true);
    expect.soft(caretInMention(start, mention, tail, 9)).toBe(false);
  });
});

describe('a change to one piece of a split name', () => {
  /** Lets the scanner take the page's change. */
  const settle = (scanner: PageScanner) => scanner.whenIdle();

  it.each([
    ['the second piece edited away', (b: HTMLElement) => ((b.firstChild as Text).data = 'stun'), 0],
    [
      'the second piece replaced by the same text',
      (b: HTMLElement) => b.replaceChildren('stan'),
      1,
    ],
    ['the second piece removed', (b: HTMLElement) => b.remove(), 0],
    ['a line break put between', (b: HTMLElement) => b.before(document.createElement('br')), 0],
    [
      'the first piece edited away',
      (b: HTMLElement) => ((b.previousSibling as Text).data = 'Kazak '),
      0,
    ],
  ])('follows %s', async (_what, change, count) => {
    const { scanner, registry } = await scan('<p>In Kazakh<b>stan</b> today; Almaty.</p>');
    const b = document.querySelector('b');
    if (!b) throw new Error('fixture');
    change(b);
    await settle(scanner);
    expect(scanner.index.counts()).toEqual({ kazakhstan: count, tokayev: 0, almaty: 1 });
    expect(paintedText(registry)['kc-kazakhstan'] ?? []).toEqual(count ? ['Kazakhstan'] : []);
  });

  it.each([
    [
      'the second piece edited into a name',
      '<p>Kazakh<b>stun</b></p>',
      (b: HTMLElement) => ((b.firstChild as Text).data = 'stan'),
    ],
    [
      'an inline piece inserted before the rest',
      '<p><b></b>akhstan</p>',
      (b: HTMLElement) => b.append('Kaz'),
    ],
    [
      'an inline element added after the first piece',
      '<p>Kazakh</p>',
      (b: HTMLElement) => {
        const added = document.createElement('b');
        added.append('stan');
        b.append(added);
      },
    ],
    [
      'the line break between its pieces removed',
      '<p>Kazakh<br><b>stan</b></p>',
      (b: HTMLElement) => b.previousElementSibling?.remove(),
    ],
    [
      'the line break between two texts removed',
      '<p>Kazakh<br>stan</p>',
      (p: HTMLElement) => p.querySelector('br')?.remove(),
    ],
  ])('paints a name made by %s', async (_what, html, change) => {
    const { scanner, registry } = await scan(html);
    const b = document.querySelector('b') ?? document.querySelector('p');
    if (!(b instanceof HTMLElement)) throw new Error('fixture');
    expect(scanner.index.counts().kazakhstan).toBe(0);
    change(b);
    await settle(scanner);
    expect(scanner.index.counts().kazakhstan).toBe(1);
    expect(paintedText(registry)['kc-kazakhstan']).toEqual(['Kazakhstan']);
  });
});

describe('a split name at the place the first scan starts from', () => {
  it('is read whole when the viewport anchor is one of its pieces', () => {
    const html = '<p>Before.</p><p>In Kaz<b>akh</b>stan now.</p><p>After.</p>';
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    document.body.replaceChildren(...parsed.body.childNodes);
    const anchor = document.querySelector('b');
    const source = candidatesAround(document.body, anchor, createPrefilter(), () => undefined);
    const nodes: string[] = [];
    for (let next = source.next(); next !== null; next = source.next()) {
      if (next) nodes.push(next.node.data);
    }
    expect(nodes).toContain('In Kaz');
  });
});
