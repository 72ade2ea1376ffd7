import { describe, expect, it } from 'vitest';
import { planRescan } from '../../../src/page/mutation-plan';

/** A node of a small tree: `contains` and `parentNode` are all the plan reads. */
interface FakeNode {
  name: string;
  isConnected: boolean;
  parentNode: FakeNode | null;
  contains(other: FakeNode): boolean;
}

function node(name: string, parentNode: FakeNode | null = null): FakeNode {
  const self: FakeNode = {
    name,
    isConnected: true,
    parentNode,
    contains: (other) => {
      for (let at: FakeNode | null = other; at; at = at.parentNode) if (at === self) return true;
      return false;
    },
  };
  return self;
}

const body = node('body');
const list = node('list', body);
const indexedText = node('indexed', list);
const plainText = node('plain', list);
const text = (target: FakeNode) =>
  ({
    type: 'characterData',
    target,
    addedNodes: [],
    removedNodes: [],
  }) as unknown as MutationRecord;
const added = (target: FakeNode, child: FakeNode) =>
  ({
    type: 'childList',
    target,
    addedNodes: [child],
    removedNodes: [],
  }) as unknown as MutationRecord;
const isIndexed = (n: Node) => (n as unknown as FakeNode) === indexedText;
const names = (nodes: Node[]) => nodes.map((n) => (n as unknown as FakeNode).name).sort();

describe('mutation plan', () => {
  it.each([
    ['a small batch', 10, ['indexed', 'plain']],
    [
      'a mass batch: the common subtree, and the changed text that held a mention',
      1,
      ['indexed', 'list'],
    ],
  ])('rescans after %s', (_what, threshold, expected) => {
    const plan = planRescan([text(indexedText), text(plainText)], threshold, isIndexed);
    expect(names(plan.rescan)).toEqual(expected);
  });

  it('rescans added nodes and no changed text when none held a mention', () => {
    const child = node('child', list);
    const plan = planRescan([added(list, child), text(plainText)], 1, isIndexed);
    expect(names(plan.rescan)).toEqual(['list']);
  });
});
