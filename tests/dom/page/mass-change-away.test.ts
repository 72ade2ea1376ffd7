// A mass of changes none of which is still on the page asks for a sweep and no search: not of
// the page, and not of the texts that changed and left.
import { describe, expect, it } from 'vitest';
import { planRescan } from '@/src/page/mutation-plan';

const texts = (count: number) => Array.from({ length: count }, (_, i) => new Text(`text ${i}`));

function characterData(target: Node): MutationRecord {
  const none = Object.assign([], { item: () => null }) as unknown as NodeList;
  return { type: 'characterData', target, addedNodes: none, removedNodes: none } as MutationRecord;
}

describe('a mass of changes away from the page', () => {
  it('searches nothing, even texts that held mentions', () => {
    const gone = texts(5);
    const plan = planRescan(gone.map(characterData), 3, () => true);
    expect(plan).toEqual({ sweep: true, rescan: [], everything: false });
  });
});
