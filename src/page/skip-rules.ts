/**
 * What the scanner never reads: code, form controls, editable text and our own UI.
 * Highlighting inside an editor would confuse typing, and inside code it would be noise.
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

/** The host element of our own card UI. */
export const OWN_UI_TAG = 'kazakhstan-context';

const TEXTBOX_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox']);

/** True when the element itself starts a context we never highlight in. */
function startsSkippedContext(element: Element): boolean {
  const name = element.localName;
  if (SKIPPED_ELEMENTS.has(name) || name === OWN_UI_TAG) return true;
  const editable = element.getAttribute('contenteditable');
  // "" and "true" and "plaintext-only" make an editor; "false" and "inherit" do not by themselves.
  if (editable !== null && !/^(?:false|inherit)$/i.test(editable)) return true;
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
