import { describe, expect, it } from 'vitest';
import { adjacentMention, compareTreeOrder } from '@/src/card/mention-order';
import type { Mention } from '@/src/matching/types';
import { MentionIndex } from '@/src/page/mention-index';

function paragraph(text: string, parent: Node = document.body): Text {
  const p = document.createElement('p');
  p.append(text);
  parent.appendChild(p);
  return p.firstChild as Text;
}

const almaty: Mention = { start: 0, end: 6, entityId: 'almaty' };
const tokayev: Mention = { start: 7, end: 14, entityId: 'tokayev' };

describe('document order across shadow roots', () => {
  it('orders a host before its shadow content, and shadow content before later text', () => {
    document.body.replaceChildren();
    const first = paragraph('first');
    const host = document.createElement('div');
    document.body.append(host);
    const inShadow = paragraph('inside', host.attachShadow({ mode: 'open' }));
    const last = paragraph('last');
    expect(compareTreeOrder(first, inShadow)).toBeLessThan(0);
    expect(compareTreeOrder(inShadow, last)).toBeLessThan(0);
    expect(compareTreeOrder(last, inShadow)).toBeGreaterThan(0);
    expect(compareTreeOrder(host, inShadow)).toBeLessThan(0);
    expect(compareTreeOrder(inShadow, inShadow)).toBe(0);
  });
});

describe('the adjacent mention', () => {
  function page() {
    document.body.replaceChildren();
    const a = paragraph('Almaty Tokayev');
    const b = paragraph('Almaty');
    const index = new MentionIndex();
    // Indexed out of document order on purpose.
    index.set(b, { mentions: [almaty], ranges: [] });
    index.set(a, { mentions: [almaty, tokayev], ranges: [] });
    return { a, b, index };
  }

  it('starts at the first mention, or the last going backwards', () => {
    const { a, b, index } = page();
    expect(adjacentMention(index, undefined, 1)).toEqual({ node: a, position: 0 });
    expect(adjacentMention(index, undefined, -1)).toEqual({ node: b, position: 0 });
  });

  it('steps within a node and across nodes, wrapping at either end', () => {
    const { a, b, index } = page();
    expect(adjacentMention(index, { node: a, position: 0 }, 1)).toEqual({ node: a, position: 1 });
    expect(adjacentMention(index, { node: a, position: 1 }, 1)).toEqual({ node: b, position: 0 });
    expect(adjacentMention(index, { node: b, position: 0 }, 1)).toEqual({ node: a, position: 0 });
    expect(adjacentMention(index, { node: a, position: 0 }, -1)).toEqual({ node: b, position: 0 });
  });

  it('skips entities not accepted, and finds nothing when none is', () => {
    const { b, a, index } = page();
    const onlyAlmaty = (id: string) => id === 'almaty';
    expect(adjacentMention(index, { node: a, position: 0 }, 1, onlyAlmaty)).toEqual({
      node: b,
      position: 0,
    });
    expect(adjacentMention(index, undefined, 1, () => false)).toBeUndefined();
  });

  it('starts over when the last visited text has left the page', () => {
    const { a, b, index } = page();
    b.parentElement?.remove();
    expect(adjacentMention(index, { node: b, position: 0 }, 1)).toEqual({ node: a, position: 0 });
  });
});
