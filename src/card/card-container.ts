/**
 * Page elements that treat everything outside them as "elsewhere": a modal dialog (the rest of
 * the page is inert, so a card outside it could not be clicked, even in the top layer), an open
 * popover (a click outside light-dismisses it) and an ARIA modal (script focus traps and
 * "click outside closes" handlers test `container.contains(target)`).
 */
const CONTAINER_SELECTORS = [':modal', ':popover-open', '[aria-modal="true"]'];

function matchesAny(element: Element): boolean {
  return CONTAINER_SELECTORS.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false; // a selector this engine does not know: it has no such state either
    }
  });
}

/** The parent in the flat tree: through an open shadow root to its host. */
function parentOf(node: Node): Element | null {
  return node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
}

/**
 * Where the card's host goes for a mention: inside the nearest such container around the
 * mention, so the card counts as part of the dialog or popover the reader is using; else
 * `<html>`. The card itself is drawn in the top layer either way, so the container's overflow,
 * transforms and stacking do not reach it.
 */
export function cardContainer(node: Node, doc: Document): Element {
  for (let element = parentOf(node); element; element = parentOf(element)) {
    if (matchesAny(element)) return element;
  }
  return doc.documentElement;
}
