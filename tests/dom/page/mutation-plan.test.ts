import { describe, expect, it } from 'vitest';
import { planRescan } from '@/src/page/mutation-plan';

/** A record as a MutationObserver gives it, with only the fields the planner reads. */
function record(
  type: MutationRecordType,
  target: Node,
  added: Node[] = [],
  removed: Node[] = [],
): MutationRecord {
  const list = (nodes: Node[]) =>
    Object.assign([...nodes], { item: (i: number) => nodes[i] ?? null }) as unknown as NodeList;
  return { type, target, addedNodes: list(added), removedNodes: list(removed) } as MutationRecord;
}

function page() {
  const element = (tag: string, ...children: (Node | string)[]) => {
    const made = document.createElement(tag);
    made.append(...children);
    return made;
  };
  const [p1, p2, p3] = [element('p', 'one'), element('p', 'two'), element('p', 'three')];
  const section = element('section', p1, p2);
  const main = element('main', section, element('aside', p3));
  document.body.replaceChildren(main);
  return { p1, p2, p3, section, main };
}

describe('rescan plan', () => {
  it('rescans each changed text node and added node, without a sweep when nothing left', () => {
    const { p1, p2 } = page();
    const text = p1.firstChild!;
    const added = document.createElement('em');
    p2.append(added);
    const plan = planRescan([record('characterData', text), record('childList', p2, [added])], 5);
    expect(plan).toEqual({ sweep: false, rescan: [text, added], everything: false });
  });

  it('sweeps when nodes were removed, and drops added nodes that left again', () => {
    const { p1, p2 } = page();
    const gone = document.createElement('b');
    const plan = planRescan([record('childList', p1, [gone], [p2.firstChild!])], 5);
    expect(plan).toEqual({ sweep: true, rescan: [], everything: false });
  });

  it('counts each node once however many records name it', () => {
    const { p1 } = page();
    const text = p1.firstChild!;
    const plan = planRescan([record('characterData', text), record('characterData', text)], 5);
    expect(plan.rescan).toEqual([text]);
  });

  it.each([
    [3, 3, false],
    [4, 3, true],
  ])(
    'with %i records and a threshold of %i, scans one common subtree: %s',
    (count, threshold, massive) => {
      const { p1, p2, section } = page();
      const records = Array.from({ length: count }, (_, i) =>
        record('characterData', (i % 2 === 0 ? p1 : p2).firstChild!),
      );
      const plan = planRescan(records, threshold);
      expect(plan.rescan).toEqual(massive ? [section] : [p1.firstChild, p2.firstChild]);
      expect(plan.sweep).toBe(massive);
      expect(plan.everything).toBe(false);
    },
  );

  it('above the threshold, takes the deepest node holding every change', () => {
    const { p1, p3, main } = page();
    const records = [
      record('characterData', p1.firstChild!),
      record('characterData', p3.firstChild!),
    ];
    expect(planRescan(records, 1).rescan).toEqual([main]);
  });

  it('above the threshold, scans everything when the changes share no ancestor', () => {
    const { p1 } = page();
    const elsewhere = document.implementation.createHTMLDocument('x');
    const detachedTree = elsewhere.body;
    const records = [
      record('characterData', p1.firstChild!),
      record('childList', detachedTree, []),
    ];
    expect(planRescan(records, 1)).toEqual({ sweep: true, rescan: [], everything: true });
  });

  it('above the threshold, plans nothing when every change left the page', () => {
    const gone = document.createElement('div');
    expect(planRescan([record('childList', gone), record('childList', gone)], 1)).toEqual({
      sweep: true,
      rescan: [],
      everything: false,
    });
  });
});

describe('rescan plan for attribute changes', () => {
  const attribute = (target: Element, name: string, oldValue: string | null) =>
    ({ ...record('attributes', target), attributeName: name, oldValue }) as MutationRecord;

  it.each([
    ['made contenteditable', 'contenteditable', null, 'true', true],
    ['made plaintext-only', 'contenteditable', null, 'plaintext-only', true],
    ['contenteditable removed', 'contenteditable', '', null, true],
    ['contenteditable true to false', 'contenteditable', 'true', 'false', true],
    ['contenteditable true to ""', 'contenteditable', 'true', '', false],
    ['contenteditable false to inherit', 'contenteditable', 'false', 'inherit', false],
    ['given role=textbox', 'role', null, 'textbox', true],
    ['role searchbox removed', 'role', 'SearchBox ', null, true],
    ['role menu to note', 'role', 'menu', 'note', false],
  ])('%s: rescans the element only when its editability changed', (_n, name, old, now, rescan) => {
    const { section } = page();
    if (now === null) section.removeAttribute(name);
    else section.setAttribute(name, now);
    const plan = planRescan([attribute(section, name, old)], 5);
    expect(plan.rescan).toEqual(rescan ? [section] : []);
  });
});

describe('rescan plan after a removal', () => {
  it.each([
    ['a text', '<p>Kazakh<br>stan</p>', true],
    ['an inline element', '<p><b>Kazakh</b><br>stan</p>', true],
    ['a block', '<div><p>Kazakh</p><br>stan</div>', false],
    ['nothing', '<p><br>stan</p>', false],
  ])('rescans what ran on up to it when that is %s', (_what, html, rescanned) => {
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    document.body.replaceChildren(...parsed.body.childNodes);
    const br = document.querySelector('br');
    const parent = br?.parentNode;
    const before = br?.previousSibling ?? null;
    if (!br || !parent) throw new Error('fixture');
    br.remove();
    const removal = {
      ...record('childList', parent, [], [br]),
      previousSibling: before,
    } as MutationRecord;
    const plan = planRescan([removal], 5);
    expect(plan.sweep).toBe(true);
    expect(plan.rescan).toEqual(rescanned && before ? [before] : []);
  });
});
