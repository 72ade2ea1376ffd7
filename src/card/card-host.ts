import { OWN_UI_TAG } from '../page/skip-rules';

/** The card's element on the page and its isolated inside. */
export interface CardHost {
  /** `<kazakhstan-context>`: the only element we add to a page (the scanner skips it). */
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The positioned element (inside the shadow root) the card renders into; hidden when closed. */
  readonly frame: HTMLElement;
  /** Puts the host back if the page removed it (a framework re-rendering `<html>`'s children). */
  attach(): void;
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
 * Creates the card's host: a `<kazakhstan-context>` element with a closed shadow root, appended
 * to `<html>` (not `<body>`: page layout rules such as `body > *` and flex/grid on body do not
 * reach it). Closed, so page scripts cannot read or restyle the card through `host.shadowRoot`;
 * our own code keeps the root. Returns undefined when the page prevents it (e.g. it defined a
 * custom element of our tag name that already attached a shadow root).
 *
 * We do not use WXT's `createShadowRootUi`: it is asynchronous (the first card would wait a
 * promise, and a network fetch under `cssInjectionMode: 'ui'`), reads the global `document`
 * (no fixture in tests), and nests an `<html>` inside the root; the card needs none of it.
 */
export function createCardHost(
  doc: Document,
  cssText: string,
  mode: ShadowRootMode = 'closed',
): CardHost | undefined {
  let host: HTMLElement;
  let root: ShadowRoot;
  try {
    host = doc.createElement(OWN_UI_TAG);
    root = host.attachShadow({ mode });
  } catch {
    return undefined;
  }
  addStyles(doc, root, cssText);
  const frame = doc.createElement('div');
  frame.className = 'frame';
  frame.hidden = true;
  root.append(frame);
  // CSS `zoom` on <html> scales everything under it, our card included, and its coordinates no
  // longer match the fixed positions floating-ui computes. Undo it on the host, from inside the
  // closed root so the page sees no attribute change; `:host(tag)` outranks `:host`'s reset.
  const unzoom = doc.createElement('style');
  root.append(unzoom);
  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
    const zoom = (doc.documentElement as Element & { currentCSSZoom?: number }).currentCSSZoom;
    const rule =
      zoom && zoom > 0 && zoom !== 1
        ? `:host(${OWN_UI_TAG}) { zoom: ${1 / zoom} !important; }`
        : '';
    if (unzoom.textContent !== rule) unzoom.textContent = rule;
  };
  attach();
  return { host, root, frame, attach, remove: () => host.remove() };
}
