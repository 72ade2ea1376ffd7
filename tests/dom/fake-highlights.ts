import { vi } from 'vitest';
import { type HighlightApi, HighlightPainter } from '../../src/highlight/highlight-painter';

/** A Highlight stand-in: a set of ranges with a priority (happy-dom has no highlight API). */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

/** The highlight API over a plain Map registry, with Range in place of StaticRange. */
export function fakeHighlightApi(doc: Document = document): HighlightApi & {
  registry: Map<string, FakeHighlight>;
} {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry: registry as unknown as HighlightRegistry & Map<string, FakeHighlight>,
    createHighlight: () => new FakeHighlight() as unknown as Highlight,
    createRange(node, start, end, endNode = node) {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(endNode, end);
      return range;
    },
  };
}

/** Every painted range's text, per registry name. */
export function paintedText(registry: Map<string, FakeHighlight>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of registry) {
    out[name] = [...highlight].map((range) => range.toString()).sort();
  }
  return out;
}

/** A painter over fake highlights and spied style rules, with `text` as the page's only node. */
export function painterWithText(text = 'Tokayev in Almaty', cap = 10) {
  const api = fakeHighlightApi();
  const styles = { add: vi.fn(), show: vi.fn(), hide: vi.fn() };
  const painter = new HighlightPainter(api, cap, styles);
  const node = document.createTextNode(text);
  document.body.replaceChildren(node);
  return { api, painter, node, styles };
}
