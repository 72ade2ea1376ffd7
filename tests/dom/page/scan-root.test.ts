import { beforeEach, describe, expect, it } from 'vitest';
import { ScanRoot } from '../../../src/page/scan-root';

beforeEach(() => {
  const lead = Object.assign(document.createElement('p'), { id: 'lead', textContent: 'Tokayev' });
  document.body.replaceChildren(lead);
});

describe('the scan root', () => {
  it('observes the Document and reads its body', () => {
    const root = new ScanRoot(document);
    expect(root.observed).toBe(document);
    expect(root.node).toBe(document.body);
    expect(root.moved()).toBe(false);
  });

  // (A new root element and document.open are covered in Chromium: swapped-documents.e2e.ts.)
  it.each([
    ['replaceWith', () => document.body.replaceWith(document.createElement('body'))],
    [
      'replaceChild',
      () => document.documentElement.replaceChild(document.createElement('body'), document.body),
    ],
  ])('follows a body swapped in by %s, once', (_name, swap) => {
    const root = new ScanRoot(document);
    const old = root.node;
    swap();
    expect(root.moved()).toBe(true);
    expect(root.node).toBe(document.body);
    expect(root.node).not.toBe(old);
    expect(root.moved()).toBe(false);
  });

  it.each([
    ['text in the body: itself', () => document.getElementById('lead')!.firstChild!, 'self'],
    ['the root element: the body', () => document.documentElement, 'body'],
    ['the head: nothing', () => document.head, 'none'],
    ['the title text: nothing', () => document.head.appendChild(new Text('Tokayev')), 'none'],
  ])('clamps %s', (_name, pick, expected) => {
    const root = new ScanRoot(document);
    const node = pick();
    const want = { self: node, body: document.body, none: null }[expected];
    expect(root.clamp(node)).toBe(want);
  });

  it('keeps nodes inside an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = shadow.appendChild(document.createElement('p'));
    const root = new ScanRoot(document);
    expect(root.clamp(inner)).toBe(inner);
    expect(root.clamp(shadow)).toBe(shadow);
  });

  it('reads a moved body whole, with other trees beside it and nothing twice', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const root = new ScanRoot(document);
    const body = document.createElement('body');
    const inside = body.appendChild(document.createElement('p'));
    body.append(host);
    document.body.replaceWith(body);
    const moved = root.moved();
    expect([
      ...root.targets([inside, document.documentElement, document.head, shadow], moved),
    ]).toEqual([body, shadow]);
  });
});
