import { useEffect, useState } from 'preact/hooks';

const PREFIX = '#fact-';

/** The fact id a URL hash such as `#fact-arrests-2300` points at, if any. */
export function factIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || undefined;
  } catch {
    // A malformed escape in a hand-typed URL: nothing to point at.
    return undefined;
  }
}

/**
 * Follows `#fact-<id>` in the URL of `win`, scrolls that fact's sentence into view and focuses
 * it, on load and on every hash change. The page renders after the browser's own fragment scroll has run,
 * so the first scroll is ours; centring also keeps the sentence clear of the top edge.
 */
export function useFactTarget(win: Window | undefined): string | undefined {
  const [factId, setFactId] = useState(() => (win ? factIdFromHash(win.location.hash) : undefined));

  useEffect(() => {
    if (!win) return;
    const update = () => setFactId(factIdFromHash(win.location.hash));
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }, [win]);

  useEffect(() => {
    if (!win || !factId) return;
    const sentence = win.document.getElementById(`fact-${factId}`);
    sentence?.scrollIntoView?.({ block: 'center' });
    // Focus too, so a screen reader starts there and Tab goes on from it.
    sentence?.focus?.({ preventScroll: true });
  }, [win, factId]);

  return factId;
}
