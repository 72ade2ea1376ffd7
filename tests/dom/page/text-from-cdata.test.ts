// In an XML document (a page served as XHTML) text may also sit in CDATA sections, which
// Range.toString() joins like any other text: a chunk that starts at one reads it first.
// happy-dom has no CDATA sections, so a text node that reports node type 4 stands in for one.
import { describe, expect, it } from 'vitest';
import { textFrom } from '@/src/page/hit-map';

const CDATA_SECTION_NODE = 4;

function cdata(data: string): Text {
  const node = document.createTextNode(data);
  Object.defineProperty(node, 'nodeType', { value: CDATA_SECTION_NODE });
  return node;
}

function tree() {
  const root = document.createElement('div');
  const first = document.createElement('p');
  first.append(cdata('Almaty'), ' and ');
  const second = document.createElement('p');
  second.append(cdata('Astana'));
  root.append(first, second);
  return { root, first, second };
}

const texts = (root: Node, point: [Node, number]) =>
  [...textFrom(root, point)].map(([node, length]) => `${node.data}:${length}`);

describe('the text nodes from a point on, with CDATA sections', () => {
  it('starts with a CDATA section that is the first thing at the point', () => {
    const t = tree();
    expect(texts(t.root, [t.first, 0])).toEqual(['Almaty:6', ' and :5', 'Astana:6']);
    expect(texts(t.root, [t.second, 0])).toEqual(['Astana:6']);
  });

  it('reaches a CDATA section after the end of an element', () => {
    const t = tree();
    expect(texts(t.root, [t.first, 2])).toEqual(['Astana:6']);
  });
});
