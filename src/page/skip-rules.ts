/**
 * What the scanner never reads: code, form controls, editable text and our own UI.
 * Highlighting inside an editor would confuse typing, and inside code it would be noise.
 */

/** Elements whose whole subtree is skipped while walking (cheap test by local name). */
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

/**
 * Checked only for text that holds a mention (rare), so it may be thorough: editable
 * regions, ARIA text boxes and anything under the skipped elements or our UI.
 */
export const SKIPPED_CONTEXT_SELECTOR = [
  ...SKIPPED_ELEMENTS,
  '[contenteditable]:not([contenteditable="false" i])',
  '[role="textbox" i]',
  '[role="searchbox" i]',
  '[role="combobox" i]',
  OWN_UI_TAG,
].join(',');

/** True when text inside `element` must not be highlighted. */
export function isSkippedContext(element: Element | null): boolean {
  if (!element) return true;
  if (element.ownerDocument.designMode === 'on') return true;
  return element.closest(SKIPPED_CONTEXT_SELECTOR) !== null;
}
