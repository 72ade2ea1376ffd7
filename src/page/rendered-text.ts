import type { EntityCounts, MentionIndex } from './mention-index';

/**
 * What counts as a mention a reader can see: its text is rendered. Not rendered: text under
 * `display: none` (which the `hidden` attribute is), the body of a closed `<details>`, text
 * hidden until found, and `visibility: hidden` text. Rendered, and counted: text scrolled out
 * of view, clipped or covered (the reader can scroll to it or move what covers it).
 */

/**
 * Attributes that show or hide text without any other change, observed so the counts follow
 * (`hidden`, `<details open>`). Style and class changes are not observed (pages animate them
 * every frame): the counts follow them at the page's next change, and stepping and the popup
 * check afresh when used.
 */
export const VISIBILITY_ATTRIBUTES: readonly string[] = ['hidden', 'open'];

interface Visible {
  checkVisibility?(options?: {
    visibilityProperty?: boolean;
    checkVisibilityCSS?: boolean;
  }): boolean;
}

/** The element whose rendering decides a text node's (its parent, or its shadow root's host). */
function contextOf(node: Text): Element | null {
  return node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
}

/** Whether the element's own contents are rendered (no memo). */
function rendersContents(element: Element): boolean {
  const check = (element as Visible).checkVisibility;
  // The API (Chrome 105, Firefox 106, Safari 17.4) answers with the page's style as it is now:
  // `display: none` on it or an ancestor, content-visibility hidden (closed details, until
  // found), and with the option, `visibility: hidden`. Without it, everything counts.
  if (typeof check !== 'function') return true;
  // `checkVisibilityCSS` is the option's earlier name (Chrome 105–120).
  return check.call(element, { visibilityProperty: true, checkVisibilityCSS: true });
}

/**
 * Elements rendered themselves whose own text is not: a closed `<details>` (text directly in
 * it, outside its summary, sits in its hidden content slot) and `hidden="until-found"` (its
 * content-visibility is hidden; `checkVisibility` looks at ancestors only). Author CSS giving
 * a mention's own parent `content-visibility: hidden` is not seen (it would cost a computed
 * style read per element).
 */
function hidesOwnText(element: Element): boolean {
  if (element.localName === 'details') return !element.hasAttribute('open');
  return element.getAttribute('hidden')?.toLowerCase() === 'until-found';
}

/**
 * Returns a check "is this text node rendered?", memoised per element for one pass over the
 * index (mentions share parents). Make a new one per pass: the page's style changes between.
 */
export function createRenderedCheck(): (node: Text) => boolean {
  const memo = new WeakMap<Element, boolean>();
  return (node) => {
    const element = contextOf(node);
    if (!element) return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    const shown = !hidesOwnText(element) && rendersContents(element);
    memo.set(element, shown);
    return shown;
  };
}

/** Counts per entity of the mentions in rendered text: what the reader is told. */
export function renderedCounts(
  index: MentionIndex,
  isRendered: (node: Text) => boolean = createRenderedCheck(),
): EntityCounts {
  const counts: EntityCounts = { kazakhstan: 0, tokayev: 0, almaty: 0 };
  for (const [node, entry] of index.entriesIter()) {
    if (!isRendered(node)) continue;
    for (const mention of entry.mentions) counts[mention.entityId] += 1;
  }
  return counts;
}
