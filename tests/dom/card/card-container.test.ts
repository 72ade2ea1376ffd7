import { afterEach, describe, expect, it } from 'vitest';
import { cardContainer } from '@/src/card/card-container';

afterEach(() => document.body.replaceChildren());

/** `<p>` with a text node inside `parent`; returns the text. */
function textIn(parent: Element | ShadowRoot): Text {
  const p = document.createElement('p');
  p.append('Tokayev');
  parent.append(p);
  return p.firstChild as Text;
}

describe('where the card’s host goes', () => {
  it('goes on <html> for a mention in ordinary page content', () => {
    expect(cardContainer(textIn(document.body), document)).toBe(document.documentElement);
  });

  it('goes inside the nearest ARIA modal around the mention', () => {
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    const inner = document.createElement('section');
    modal.append(inner);
    document.body.append(modal);
    expect(cardContainer(textIn(inner), document)).toBe(modal);
  });

  it('finds the container through an open shadow root around the mention', () => {
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    const host = document.createElement('div');
    modal.append(host);
    document.body.append(modal);
    const root = host.attachShadow({ mode: 'open' });
    expect(cardContainer(textIn(root), document)).toBe(modal);
  });

  it('ignores aria-modal="false"', () => {
    const box = document.createElement('div');
    box.setAttribute('aria-modal', 'false');
    document.body.append(box);
    expect(cardContainer(textIn(box), document)).toBe(document.documentElement);
  });
});
