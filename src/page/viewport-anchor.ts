/**
 * The node at the top third of the viewport, where scanning starts so that the reader's
 * view is painted first; null at the top of the page (scan from the start).
 */
export function findViewportAnchor(doc: Document = document): Node | null {
  const win = doc.defaultView;
  if (!win || (win.scrollY === 0 && win.scrollX === 0)) return null;
  const x = win.innerWidth / 2;
  const y = win.innerHeight / 3;
  if (typeof doc.caretPositionFromPoint === 'function') {
    return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    return doc.caretRangeFromPoint(x, y)?.startContainer ?? null;
  }
  return doc.elementFromPoint(x, y);
}
