import type { HighlightApi } from '../../src/highlight/highlight-painter';

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
    createRange(node, start, end) {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
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
