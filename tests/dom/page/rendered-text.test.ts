import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../src/page/mention-index';
import { createRenderedCheck, renderedCounts } from '../../../src/page/rendered-text';
import type { Mention } from '../../../src/matching/types';

/** Builds `<tag attrs>text</tag>` in the body and returns its text node. */
function textIn(tag: string, attributes: Record<string, string> = {}): Text {
  const element = document.body.appendChild(document.createElement(tag));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element.appendChild(new Text('Tokayev'));
}

const tokayev: Mention = { entityId: 'tokayev', start: 0, end: 7 } as Mention;

describe('what counts as rendered text', () => {
  // happy-dom has no layout: where checkVisibility answers, it says "rendered"; the elements
  // that hide their own text are told apart by the rule itself (Chromium: invisible-mentions.e2e.ts).
  it.each([
    ['a paragraph', 'p', {}, true],
    ['an open details', 'details', { open: '' }, true],
    ['a closed details', 'details', {}, false],
    ['hidden until found', 'div', { hidden: 'until-found' }, false],
    ['hidden until found, in capitals', 'div', { hidden: 'UNTIL-FOUND' }, false],
  ])('text directly in %s', (_name, tag, attributes, rendered) => {
    expect(createRenderedCheck()(textIn(tag, attributes))).toBe(rendered);
  });

  it('counts only the mentions in rendered text', () => {
    const index = new MentionIndex();
    const [shown, closed] = [textIn('p'), textIn('details')];
    index.set(shown, { mentions: [tokayev, tokayev], ranges: [] });
    index.set(closed, { mentions: [tokayev], ranges: [] });
    expect(renderedCounts(index)).toEqual({ kazakhstan: 0, tokayev: 2, almaty: 0 });
    expect(renderedCounts(index, () => true)).toEqual(index.counts());
  });

  it('asks once per element in a pass', () => {
    const element = document.body.appendChild(document.createElement('p'));
    const texts = [new Text('a'), new Text('b')];
    element.append(...texts);
    let asked = 0;
    Object.defineProperty(element, 'checkVisibility', { value: () => (asked += 1) && false });
    const check = createRenderedCheck();
    expect(texts.map(check)).toEqual([false, false]);
    expect(asked).toBe(1);
  });
});
