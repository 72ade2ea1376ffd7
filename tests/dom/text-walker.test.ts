import { describe, expect, it } from 'vitest';
import { TextWalker, textAround } from '../../src/page/text-walker';

function page(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return document.body;
}

const drain = (source: { next(): Text | null }) => {
  const out: string[] = [];
  for (let node = source.next(); node; node = source.next()) out.push(node.data);
  return out;
};

describe('text walker', () => {
  it('gives prose text in document order and passes over skipped elements', () => {
    const root = page(
      '<p>one</p><script>x</script><div><svg><text>no</text></svg><b>two</b></div><p>three</p>',
    );
    expect(drain(new TextWalker(root, () => undefined))).toEqual(['one', 'two', 'three']);
  });

  it('walks backward from a start node, in reverse order', () => {
    const root = page('<p>one</p><p>two</p><p id="s">three</p>');
    const start = document.getElementById('s') as HTMLElement;
    expect(drain(new TextWalker(root, () => undefined, true, start))).toEqual(['two', 'one']);
  });

  it('gives every node once around an anchor, nearest first', () => {
    const root = page(['a', 'b', 'c', 'd', 'e'].map((t) => `<p>${t}</p>`).join(''));
    const anchor = root.children[2]?.firstChild ?? null;
    const order = drain(textAround(root, anchor, () => undefined, 1));
    expect(order[0]).toBe('c');
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reports each open shadow root it passes', () => {
    const root = page('<div id="h"></div>');
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    drain(new TextWalker(root, (r) => found.push(r)));
    expect(found).toEqual([shadow]);
  });
});
