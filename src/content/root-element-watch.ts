/**
 * Calls `onReplaced` when the document's root element is replaced: `document.open()` (which
 * also erases every event listener on the window and the document, ours included, per
 * https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#document-open-steps)
 * or a page swapping its `<html>`. Only the Document's own children are observed, so the
 * page's ordinary changes cost nothing here.
 */
export function watchRootElement(doc: Document, signal: AbortSignal, onReplaced: () => void): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let root = doc.documentElement;
  const observer = new win.MutationObserver(() => {
    const now = doc.documentElement;
    if (now === root || now === null) return;
    root = now;
    onReplaced();
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
