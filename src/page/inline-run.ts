import { startsSkippedContext } from './skip-rules';
import { NAME_REACH } from './text-search';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/**
 * Elements that run on inside a word: a name split across them (`Kazakh<b>stan</b>`,
 * `<span>Ток</span>аев`) is read as one. Chosen by name, not by layout (no style is computed
 * while scanning): phrasing elements that pages use to style part of a word, and `wbr`, a line
 * break opportunity inside one. Everything else (`p`, `div`, `li`, `td`, `br`, `img`, …) ends
 * the run, as does an element that starts a skipped context or hosts a shadow root.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);

function isInline(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return (
    INLINE_ELEMENTS.has(element.localName) && !element.shadowRoot && !startsSkippedContext(element)
  );
}

/**
 * The text node next to `from` in document order (`direction` 1: after, -1: before) when only
 * inline elements lie between them (entered or left), else null. `from` itself may be any node:
 * the text just before an inserted `<br>` is found from the `<br>`.
 */
export function adjacentText(from: Node, direction: 1 | -1): Text | null {
  let node = from;
  for (;;) {
    let sibling = direction > 0 ? node.nextSibling : node.previousSibling;
    while (!sibling) {
      const parent = node.parentNode;
      if (!parent || !isInline(parent)) return null;
      node = parent;
      sibling = direction > 0 ? node.nextSibling : node.previousSibling;
    }
    node = sibling;
    while (node.nodeType === ELEMENT_NODE) {
      if (!isInline(node)) return null;
      const child = direction > 0 ? node.firstChild : node.lastChild;
      if (!child) break; // an empty inline element (`wbr`): go on past it
      node = child;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return node as Text;
    // A comment, or an empty inline element: go on past it.
  }
}

/** The text that runs on around a text node within its block, as far as a search needs. */
export interface RunContext {
  /** Up to `beforeMax` characters of the text that runs on before the node. */
  readonly before: string;
  /** The text nodes that run on after it, each with the part of its text read (from its start). */
  readonly after: readonly (readonly [Text, string])[];
}

/**
 * The text around `node` that a name may run into: the inline run's text before it (at most
 * `beforeMax` characters, for the matcher's look back) and after it (at most `afterMax`).
 */
export function runContext(node: Text, beforeMax = NAME_REACH, afterMax = NAME_REACH): RunContext {
  let before = '';
  for (let text = adjacentText(node, -1); text && before.length < beforeMax;) {
    before = text.data.slice(-(beforeMax - before.length)) + before;
    text = adjacentText(text, -1);
  }
  const after: [Text, string][] = [];
  let read = 0;
  for (let text = adjacentText(node, 1); text && read < afterMax; text = adjacentText(text, 1)) {
    const part = text.data.slice(0, afterMax - read);
    after.push([text, part]);
    read += part.length;
  }
  return { before, after };
}
