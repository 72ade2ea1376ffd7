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

/**
 * Resolves after the page's next frame has been rendered, when layout is clean and reading
 * the scroll position is free. Reading it earlier (at document_idle the first layout is often
 * still pending) forces a synchronous layout of the whole page inside our task. A timer backs
 * up requestAnimationFrame, which does not run in background tabs.
 */
export function afterNextPaint(win: Window, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    win.requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, fallbackMs);
  });
}
