import { describe, expect, it } from 'vitest';
import { adjacentText, runContext } from '../../src/page/inline-run';
import { MentionIndex } from '../../src/page/mention-index';
import { caretInMention, mentionRange, mentionStands } from '../../src/page/mention-range';
import { textsAround } from '../../src/page/run-followups';

/** Puts `html` in the body; returns its text nodes in document order. */
function texts(html: string): Text[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

describe('the inline run around a text', () => {
  it.each([
    ['a sibling inline', '<p>a<b>b</b>c</p>', ['a', 'b', 'c']],
    [
      'nested inlines, in and out',
      '<p><a><span>a</span></a><strong><i>b</i></strong>c</p>',
      ['a', 'b', 'c'],
    ],
    ['a comment and an empty inline', '<p>a<!-- x --><span></span><wbr>b</p>', ['a', 'b']],
    ['a line break', '<p>a<br>b</p>', ['a']],
    ['a block inside', '<div>a<p>b</p></div>', ['a']],
    ['the end of a block', '<p>a</p><p>b</p>', ['a']],
    ['a list item', '<ul><li>a</li><li>b</li></ul>', ['a']],
    ['an image', '<p>a<img alt="">b</p>', ['a']],
    ['an editable inline', '<p>a<span contenteditable="">b</span></p>', ['a']],
    ['a textbox inline', '<p>a<span role="searchbox">b</span></p>', ['a']],
    ['a script', '<p>a<script>b</script></p>', ['a']],
  ])('runs forward over %s', (_what, html, expected) => {
    const nodes = texts(html);
    const run: string[] = [];
    for (let node: Text | null = nodes[0] ?? null; node; node = adjacentText(node, 1)) {
      run.push(node.data);
    }
    expect(run).toEqual(expected);
    // And back again from the run's last text.
    const last = nodes.find((node) => node.data === expected[expected.length - 1]);
    const back: string[] = [];
    for (let node: Text | null = last ?? null; node; node = adjacentText(node, -1)) {
      back.unshift(node.data);
    }
    expect(back).toEqual(expected);
  });

  it('stops at a shadow host', () => {
    const [a] = texts('<p>a<span id="host">b</span></p>');
    document.getElementById('host')?.attachShadow({ mode: 'open' });
    expect(a && adjacentText(a, 1)).toBeNull();
  });

  it('reads at most the given number of characters each side', () => {
    const [, own] = texts('<p><b>0123456789</b>own<i>abc</i>defgh</p>');
    expect(own && runContext(own, 4, 5)).toEqual({
      before: '6789',
      after: [
        [expect.objectContaining({ data: 'abc' }), 'abc'],
        [expect.objectContaining({ data: 'defgh' }), 'de'],
      ],
    });
  });
});

describe('a mention over several nodes', () => {
  const html = '<p>Kas<em>sym-Jomart</em> Tokayev said</p>';
  const setUp = () => {
    const [first, middle, last] = texts(html) as [Text, Text, Text];
    const mention = { start: 0, end: 8, entityId: 'tokayev' as const, rest: [middle, last] };
    return { first, middle, last, mention };
  };

  it('spans its pieces as one range', () => {
    const { first, mention } = setUp();
    expect(mentionRange(document, first, mention).toString()).toBe('Kassym-Jomart Tokayev');
    expect(mentionStands(first, mention)).toBe(true);
  });

  it.each([
    ['its first piece, at its start', 'first', 0, true],
    ['its middle piece', 'middle', 5, true],
    ['its last piece, at its end', 'last', 8, true],
    ['its last piece, past its end', 'last', 9, false],
  ] as const)('has a caret in %s: %s', (_what, piece, offset, inside) => {
    const nodes = setUp();
    expect(caretInMention(nodes.first, nodes.mention, nodes[piece], offset)).toBe(inside);
  });

  it('no longer stands once a piece has left or shrunk', () => {
    const { first, middle, last, mention } = setUp();
    last.data = ' Tok';
    expect(mentionStands(first, mention)).toBe(false);
    last.data = ' Tokayev';
    middle.remove();
    expect(mentionStands(first, mention)).toBe(false);
  });

  it('is indexed once, under its first node, and found from the others', () => {
    const { first, middle, last, mention } = setUp();
    const index = new MentionIndex();
    index.set(first, { mentions: [mention], ranges: [] });
    expect(index.counts().tokayev).toBe(1);
    expect([first, middle, last].map((node) => index.holds(node))).toEqual([true, true, true]);
    expect([middle, last].map((node) => index.ownerOf(node))).toEqual([first, first]);
    expect(index.stale()).toEqual([]);
    middle.remove();
    expect(index.stale()).toEqual([first]);
    index.delete(first);
    expect(index.ownerOf(last)).toBeUndefined();
    expect(index.counts().tokayev).toBe(0);
  });

  it.each([
    ['a changed later piece', 'last', ['middle', 'first']],
    ['a changed first piece', 'first', []],
  ] as const)('has the texts around %s searched again', (_what, changed, expected) => {
    const nodes = setUp();
    const index = new MentionIndex();
    index.set(nodes.first, { mentions: [nodes.mention], ranges: [] });
    const names = new Map<Node, string>([
      [nodes.first, 'first'],
      [nodes.middle, 'middle'],
      [nodes.last, 'last'],
    ]);
    expect(textsAround(nodes[changed], index).map((node) => names.get(node))).toEqual(expected);
  });

  it('has the last text of a changed inline element searched again', () => {
    const nodes = texts('<p>x <b>Almaty <i>Kaz</i></b>akhstan</p>');
    const b = document.querySelector('b');
    expect(b && textsAround(b, new MentionIndex()).map((node) => node.data)).toEqual(['x ', 'Kaz']);
    expect(nodes).toHaveLength(4);
  });
});
