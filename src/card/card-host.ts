/** The card's element on the page, while a card is open, and its isolated inside. */
export interface CardHost {
  /** A plain `<div>`: the only element we add to a page, and only while a card is open. */
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The element the card renders into: a popover in the top layer where the browser has one. */
  readonly frame: HTMLElement;
  /** Whether `frame` is a popover (drawn in the top layer, above every page element). */
  readonly inTopLayer: boolean;
  /**
   * Puts the host into `container` (default `<html>`), again if the page moved or removed it,
   * and shows the frame on top of the top layer.
   */
  attach(container?: Element): void;
  /** Hides the frame and takes the host out of the page. */
  remove(): void;
}

/**
 * Styles the shadow root. A constructed sheet first: CSSOM is not subject to the page's CSP
 * `style-src`, which can block a `<style>` element (and adopting needs no element). Where
 * adopting fails (a sheet from another realm, old engines), a `<style>` element instead.
 */
function addStyles(doc: Document, root: ShadowRoot, cssText: string): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (!Sheet || !('adoptedStyleSheets' in root)) throw new Error('no constructed sheets');
    const sheet = new Sheet();
    sheet.replaceSync(cssText);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = cssText;
    root.append(style);
  }
}

/**
 * Creates a card host, not yet in the page: a `<div>` with a closed shadow root. `popover`:
 * `hint` for the card (Esc and a click elsewhere close it), `manual` for the Undo notice, which
 * outlives the card and must not be closed by the next card.
 *
 * Why these choices (each closes a way a page took over the card):
 * - A built-in element, never a custom-element name: a page may `customElements.define()` any
 *   valid custom name first, so that our `createElement` builds its class, whose
 *   `attachInternals()` then exposes even a closed shadow root. `div` cannot be defined, and
 *   built-ins have no `ElementInternals`. (Page scripts cannot patch `createElement` or
 *   `attachShadow` for us: content scripts have their own copies of the DOM prototypes.)
 * - Closed: `host.shadowRoot` is null for the page; only our code keeps the root.
 * - The frame is a `popover="hint"` shown with `showPopover()`: the top layer draws it above
 *   any z-index, overlay and earlier modal dialog, and the browser's own close request (Esc)
 *   closes a hint even when the page stops the key event. Where `hint` is unknown (Firefox),
 *   the attribute means `manual`; without the Popover API the host is a fixed, maximal
 *   z-index layer as before.
 *
 * Returns undefined if the page prevents it (e.g. the document has no root element).
 */
export function createCardHost(
  doc: Document,
  cssText: string,
  mode: ShadowRootMode = 'closed',
  popover: 'hint' | 'manual' = 'hint',
): CardHost | undefined {
  let host: HTMLElement;
  let root: ShadowRoot;
  try {
    host = doc.createElement('div');
    root = host.attachShadow({ mode });
  } catch {
    return undefined;
  }
  addStyles(doc, root, cssText);
  const frame = doc.createElement('div');
  frame.className = 'frame';
  const inTopLayer = typeof frame.showPopover === 'function';
  if (inTopLayer) frame.setAttribute('popover', popover);
  root.append(frame);
  // CSS `zoom` on an ancestor scales everything under it, our card included, and its
  // coordinates no longer match the fixed positions floating-ui computes. Undo it on the host,
  // from inside the closed root so the page sees no attribute change.
  const unzoom = doc.createElement('style');
  root.append(unzoom);
  const isOpen = () => inTopLayer && frame.matches(':popover-open');

  return {
    host,
    root,
    frame,
    inTopLayer,
    attach(container = doc.documentElement) {
      if (host.parentNode !== container) container.append(host);
      // Whatever the page set on the host while it was in the page goes (`inert`, `hidden`).
      for (const name of host.getAttributeNames()) host.removeAttribute(name);
      const zoom = (container as Element & { currentCSSZoom?: number }).currentCSSZoom;
      // `:host(div)` outranks the `:host` reset in hover-card.css.
      const rule =
        zoom && zoom > 0 && zoom !== 1 ? `:host(div) { zoom: ${1 / zoom} !important; }` : '';
      if (unzoom.textContent !== rule) unzoom.textContent = rule;
      if (!inTopLayer || isOpen()) return;
      try {
        frame.showPopover();
      } catch {
        // Not connected after all (the page removed the host meanwhile): shown on next attach.
      }
    },
    remove() {
      if (isOpen()) frame.hidePopover();
      host.remove();
    },
  };
}
