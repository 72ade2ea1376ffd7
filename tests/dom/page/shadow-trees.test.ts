import { afterEach, describe, expect, it } from 'vitest';
import { ShadowTrees } from '../../../src/page/shadow-trees';

const win = window as unknown as Window & typeof globalThis;
let trees: ShadowTrees | undefined;
afterEach(() => trees?.clear());

describe('the trees we read', () => {
  it.each([
    ['text in the document', () => document.body.appendChild(new Text('a')), true],
    ['text out of the document', () => new Text('a'), false],
    [
      'text in an open shadow root we read',
      () => {
        const root = document.body.appendChild(document.createElement('div'));
        const shadow = root.attachShadow({ mode: 'open' });
        trees?.sink(shadow, root);
        return shadow.appendChild(new Text('a'));
      },
      true,
    ],
    [
      'text in a closed shadow root the page made',
      () => {
        const root = document.body.appendChild(document.createElement('div'));
        return root.attachShadow({ mode: 'closed' }).appendChild(new Text('a'));
      },
      false,
    ],
    [
      'text in another document',
      () => {
        const other = document.implementation.createHTMLDocument('other');
        return other.body.appendChild(new Text('a'));
      },
      false,
    ],
  ])('%s: read %s', (_name, make, expected) => {
    trees = new ShadowTrees(win, () => undefined);
    expect(trees.reads(make())).toBe(expected);
  });
});
