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

/**
 * Event listeners that `add` adds with the signal it is given: the returned `renew()` removes
 * the ones added before (if still there) and adds them afresh. All go when `signal` aborts.
 */
export function renewableListeners(
  signal: AbortSignal,
  add: (signal: AbortSignal) => void,
): () => void {
  let current: AbortController | undefined;
  signal.addEventListener('abort', () => current?.abort(), { once: true });
  return () => {
    current?.abort();
    if (signal.aborted) return;
    current = new AbortController();
    add(current.signal);
  };
}

/**
 * Adds event listeners with `add` now, and again each time the document's root element is
 * replaced: `document.open()` erases every listener on the window and the document. A page
 * that swapped its `<html>` without erasing anything is not listened to twice.
 */
export function keepListening(
  doc: Document,
  signal: AbortSignal,
  add: (signal: AbortSignal) => void,
): void {
  const renew = renewableListeners(signal, add);
  renew();
  watchRootElement(doc, signal, renew);
}
