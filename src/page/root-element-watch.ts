/**
 * Calls `onReplaced` when the document's root element is replaced or taken out and put back:
 * `document.open()` (which also erases every event listener on the window and the document,
 * ours included, per
 * https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#document-open-steps,
 * even when the page then puts the same `<html>` back) or a page swapping its `<html>`. Only
 * the Document's own children are observed, so the page's ordinary changes cost nothing here.
 */
export function watchRootElement(doc: Document, signal: AbortSignal, onReplaced: () => void): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let root = doc.documentElement;
  let lost = false; // the root was taken out (maybe to be put back, listeners erased)
  const observer = new win.MutationObserver((records) => {
    if (root && records.some((record) => [...record.removedNodes].includes(root as Node))) {
      lost = true;
    }
    const now = doc.documentElement;
    if (now === null || (now === root && !lost)) return;
    root = now;
    lost = false;
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
