/**
 * How long the card must have been in plain view, at its place, before a click on one of its
 * settings buttons counts, in ms. Clickjacking needs the reader to click before they see what
 * is really under the pointer (a card that just appeared or moved there); browsers use a
 * similar delay before their own permission prompts accept input.
 */
export const MIN_VIEW_MS = 500;

/** Whether a click on the card may change the reader's settings now. */
export interface VisibilityGuard {
  /** True when the card has been visible and unobscured, unmoved, for `MIN_VIEW_MS`. */
  permits(): boolean;
  /** The card moved (page scroll, resize): the reader gets the delay again to see it. */
  moved(): void;
  disconnect(): void;
}

/** What {@link watchVisibility} needs; browser defaults from the target's window. */
export interface VisibilityOptions {
  IntersectionObserver?: typeof IntersectionObserver;
  now?: () => number;
  minViewMs?: number;
}

/** Elements of the page's light DOM now in the top layer (where a page can draw over us). */
function pageTopLayer(doc: Document): Set<Element> {
  try {
    return new Set(doc.querySelectorAll(':popover-open, :modal, :fullscreen'));
  } catch {
    return new Set();
  }
}

/**
 * Watches the card for visibility. Where the browser has IntersectionObserver v2 (Chromium),
 * `isVisible` is false whenever anything is drawn over the card (even a `pointer-events: none`
 * overlay) or an opacity, filter or transform alters it. Elsewhere (Firefox) only intersection
 * with the viewport is known; the card is in the top layer, where only a later top-layer
 * element can cover it, so any popover, modal or fullscreen element the page opened since the
 * card appeared refuses the action (conservative: its position is not checked, and one in a
 * closed shadow root of the page is not seen).
 */
export function watchVisibility(target: Element, options: VisibilityOptions = {}): VisibilityGuard {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  const Observer = options.IntersectionObserver ?? win?.IntersectionObserver;
  const now = options.now ?? (() => win?.performance.now() ?? Date.now());
  const minViewMs = options.minViewMs ?? MIN_VIEW_MS;
  const before = pageTopLayer(doc);
  let since: number | undefined;
  let seesOcclusion = false;

  const record = (entries: readonly IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
      if (typeof visible === 'boolean') seesOcclusion = true;
      const inView = seesOcclusion ? visible === true : entry.isIntersecting;
      if (!inView) since = undefined;
      else since ??= now();
    }
  };
  // `trackVisibility` needs `delay` >= 100 ms; engines without v2 ignore both.
  const init = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  const observer = Observer ? new Observer(record, init) : undefined;
  observer?.observe(target);

  return {
    permits() {
      if (!observer) return false;
      record(observer.takeRecords());
      if (since === undefined || now() - since < minViewMs) return false;
      if (seesOcclusion) return true;
      for (const element of pageTopLayer(doc)) if (!before.has(element)) return false;
      return true;
    },
    moved() {
      if (since !== undefined) since = now();
    },
    disconnect() {
      observer?.disconnect();
    },
  };
}
