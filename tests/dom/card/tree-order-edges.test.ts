// Document order where one node hosts the other's tree, and inside a detached tree whose root
// element happens to have a `host` property of its own (a link's URL host).
import { describe, expect, it } from 'vitest';
import { compareTreeOrder } from '@/src/card/mention-order';

describe('document order at its edges', () => {
  it('puts shadow content after its host, whichever is asked first', () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    const inShadow = document.createTextNode('inside');
    host.attachShadow({ mode: 'open' }).append(inShadow);
    expect(compareTreeOrder(host, inShadow)).toBeLessThan(0);
    expect(compareTreeOrder(inShadow, host)).toBeGreaterThan(0);
  });

  it('orders text in a detached link, whose root is no shadow root though it has a host', () => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    const first = document.createTextNode('Almaty');
    const second = document.createTextNode('Tokayev');
    link.append(first, second);
    expect(link.host).toBe('example.com');
    expect(compareTreeOrder(first, second)).toBeLessThan(0);
    expect(compareTreeOrder(second, first)).toBeGreaterThan(0);
  });
});
