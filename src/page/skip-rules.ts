/**
 * What the scanner never reads: code, form controls and editable text. Highlighting inside an
 * editor would confuse typing, and inside code it would be noise. (Our own card needs no rule:
 * it lives in a closed shadow root, which the walk never enters.)
 */

/** Elements whose whole subtree is skipped (tested cheaply by local name while walking). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'svg',
  'math',
]);

const TEXTBOX_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox']);

/** True when the element itself starts a context we never highlight in. */
function startsSkippedContext(element: Element): boolean {
  const name = element.localName;
  if (SKIPPED_ELEMENTS.has(name)) return true;
  const editable = element.getAttribute('contenteditable');
  // Only "", "true" and "plaintext-only" make an editor (any case). "false" and any other value
  // (the inherit state, HTML's invalid value default) leave it to the ancestors.
  if (editable !== null && /^(?:|true|plaintext-only)$/i.test(editable)) return true;
  const role = element.getAttribute('role');
  return role !== null && TEXTBOX_ROLES.has(role.trim().toLowerCase());
}

/**
 * Returns a check "is text inside this element never to be highlighted?", memoised per
 * element: mentions share ancestors, so each element is looked at once per scan pass. Make a
 * new check per pass, as attributes may have changed in between.
 */
export function createSkipCheck(): (element: Element | null) => boolean {
  const memo = new WeakMap<Element, boolean>();
  const check = (element: Element | null): boolean => {
    if (!element) return false;
    const known = memo.get(element);
    if (known !== undefined) return known;
    if (element.ownerDocument.designMode === 'on') return true;
    const parent = element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;
    const skipped = startsSkippedContext(element) || check(parent);
    memo.set(element, skipped);
    return skipped;
  };
  return check;
}
