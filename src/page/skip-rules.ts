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

/** The attributes that make an element an editor or not (observed on the page). */
export const EDITABILITY_ATTRIBUTES: readonly string[] = ['contenteditable', 'role'];

/** Whether a value of `contenteditable` makes an editor by itself. */
function makesEditor(value: string | null): boolean {
  // Only "", "true" and "plaintext-only" make an editor (any case). "false" and any other value
  // (the inherit state, HTML's invalid value default) leave it to the ancestors.
  return value !== null && /^(?:|true|plaintext-only)$/i.test(value);
}

function isTextboxRole(value: string | null): boolean {
  return value !== null && TEXTBOX_ROLES.has(value.trim().toLowerCase());
}

/**
 * True when an attribute change may turn an element into an editor or back, so its text must
 * be read again; false for changes that keep it what it was (a menu's role toggled).
 */
export function changesEditability(name: string, oldValue: string | null, value: string | null) {
  if (name === 'contenteditable') return makesEditor(oldValue) !== makesEditor(value);
  if (name === 'role') return isTextboxRole(oldValue) !== isTextboxRole(value);
  return false;
}

/** True when the element itself starts a context we never highlight in (not looking above it). */
export function startsSkippedContext(element: Element): boolean {
  const name = element.localName;
  if (SKIPPED_ELEMENTS.has(name)) return true;
  return (
    makesEditor(element.getAttribute('contenteditable')) ||
    isTextboxRole(element.getAttribute('role'))
  );
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
