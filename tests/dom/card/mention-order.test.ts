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

  it('orders two texts inside the same shadow root by their place in it', () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const first = paragraph('first', shadow);
    const second = paragraph('second', shadow);
    expect(compareTreeOrder(second, first)).toBeGreaterThan(0);
    expect(compareTreeOrder(first, second)).toBeLessThan(0);
  });

  it('orders texts in a plain fragment, which is no shadow root, as the fragment holds them', () => {
    const fragment = document.createDocumentFragment();
    const first = paragraph('first', fragment);
    const second = paragraph('second', fragment);
    expect(compareTreeOrder(first, second)).toBeLessThan(0);
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

  /** Three paragraphs of one mention each, indexed in document order. */
  function threeParagraphs() {
    document.body.replaceChildren();
    // Texts differ, so that `toEqual` tells the nodes apart.
    const a = paragraph('Almaty (a)');
    const b = paragraph('Almaty (b)');
    const c = paragraph('Almaty (c)');
    const index = new MentionIndex();
    for (const node of [a, b, c]) index.set(node, { mentions: [almaty], ranges: [] });
    return { a, b, c, index };
  }

  it('starts over when the last visited text no longer holds a mention', () => {
    const { a, b, index } = threeParagraphs();
    index.delete(b);
    expect(adjacentMention(index, { node: b, position: 0 }, 1)).toEqual({ node: a, position: 0 });
  });

  it('starts over from a text that left the page, wherever the browser orders removed nodes', () => {
    // A removed node's order against the page is the browser's own choice: here, between a and c.
    const { a, b, c, index } = threeParagraphs();
    b.parentElement?.remove();
    b.compareDocumentPosition = (other) =>
      Node.DOCUMENT_POSITION_DISCONNECTED |
      Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC |
      (other === a ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING);
    expect(adjacentMention(index, { node: b, position: 0 }, 1)).toEqual({ node: a, position: 0 });
    expect(adjacentMention(index, { node: b, position: 0 }, -1)).toEqual({ node: c, position: 0 });
  });

  it('never lands on a text that has left the page, in either direction', () => {
    const { a, b, c, index } = threeParagraphs();
    c.parentElement?.remove();
    expect(adjacentMention(index, undefined, 1)).toEqual({ node: a, position: 0 });
    expect(adjacentMention(index, undefined, -1)).toEqual({ node: b, position: 0 });
    expect(adjacentMention(index, { node: b, position: 0 }, 1)).toEqual({ node: a, position: 0 });
  });

  it('starts over when the last visited text has left the page', () => {
    const { a, b, index } = page();
    b.parentElement?.remove();
    expect(adjacentMention(index, { node: b, position: 0 }, 1)).toEqual({ node: a, position: 0 });
  });
});
