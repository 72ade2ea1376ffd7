import { describe, expect, it } from 'vitest';
import { textFrom } from '@/src/page/hit-map';

/** `<div><p>one<b>two</b>three<i>four</i></p><p>five</p></div>`, detached from the page. */
function tree() {
  const root = document.createElement('div');
  const first = document.createElement('p');
  const bold = document.createElement('b');
  bold.append('two');
  const italic = document.createElement('i');
  italic.append('four');
  first.append('one', bold, 'three', italic);
  const second = document.createElement('p');
  second.append('five');
  root.append(first, second);
  return { root, first, italic, second };
}

type Tree = ReturnType<typeof tree>;

const texts = (root: Node, point: [Node, number]) =>
  [...textFrom(root, point)].map(([node, length]) => `${node.data}:${length}`);

describe('the text nodes from a point on', () => {
  it.each<[string, (t: Tree) => [Node, number], string[]]>([
    [
      'the start of the root',
      (t) => [t.root, 0],
      ['one:3', 'two:3', 'three:5', 'four:4', 'five:4'],
    ],
    [
      'a first child that is text',
      (t) => [t.first, 0],
      ['one:3', 'two:3', 'three:5', 'four:4', 'five:4'],
    ],
    ['an element in the middle', (t) => [t.first, 1], ['two:3', 'three:5', 'four:4', 'five:4']],
    ['a text node after an element', (t) => [t.first, 2], ['three:5', 'four:4', 'five:4']],
    ['the end of an element, followed by another', (t) => [t.first, 4], ['five:4']],
    ['the end of an element that ends its parent', (t) => [t.italic, 1], ['five:4']],
    ['the end of the last element', (t) => [t.second, 1], []],
    ['the end of the root', (t) => [t.root, 2], []],
  ])('starts at %s', (_where, point, expected) => {
    const t = tree();
    expect(texts(t.root, point(t))).toEqual(expected);
  });
});
