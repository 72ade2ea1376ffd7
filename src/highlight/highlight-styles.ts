/** Our `::highlight()` rules in the page's style scopes, only while something is painted. */
export interface HighlightStyles {
  /** An open shadow root the scanner found (`::highlight` rules apply per tree scope). */
  add(root: ShadowRoot): void;
  /** Adopts the rules into the document and every known root (again, if the page dropped them). */
  show(): void;
  /** Takes the rules out of every scope. */
  hide(): void;
}

type Scope = Document | ShadowRoot;

/**
 * Firefox hides a content script's view of `adoptedStyleSheets` behind Xray wrappers
 * (bugzilla 1770592, 1817675); the page's own view of the array works there.
 */
function sheetsOf(scope: Scope): CSSStyleSheet[] {
  const page = (scope as Scope & { wrappedJSObject?: Scope }).wrappedJSObject;
  return (page ?? scope).adoptedStyleSheets;
}

function adopt(scope: Scope, sheet: CSSStyleSheet): void {
  const sheets = sheetsOf(scope);
  if (!sheets.includes(sheet)) sheets.push(sheet);
}

function release(scope: Scope, sheet: CSSStyleSheet): void {
  const sheets = sheetsOf(scope);
  const at = sheets.indexOf(sheet);
  if (at >= 0) sheets.splice(at, 1);
}

/**
 * One constructed sheet with the highlight rules, adopted into the document and the open shadow
 * roots we scan, only while our highlights are registered. A manifest stylesheet would answer
 * `getComputedStyle(el, '::highlight(kc-…)')` on every page, telling any site the extension is
 * installed and how it is set, even where it has nothing to show. CSSOM, unlike a `<style>`
 * element, is not subject to the page's CSP and changes no node.
 */
export function createHighlightStyles(doc: Document, cssText: string): HighlightStyles {
  const roots = new Set<ShadowRoot>();
  let sheet: CSSStyleSheet | undefined;
  let shown = false;
  const apply = (fn: typeof adopt, scopes: Iterable<Scope>) => {
    if (!sheet) return;
    for (const scope of scopes) {
      try {
        fn(scope, sheet);
      } catch {
        // A scope that refuses (frozen by the page, another realm): its text is still counted.
      }
    }
  };
  return {
    add(root) {
      roots.add(root);
      if (shown) apply(adopt, [root]);
    },
    show() {
      shown = true;
      for (const root of roots) if (!root.host.isConnected) roots.delete(root);
      try {
        sheet ??= new (doc.defaultView ?? globalThis).CSSStyleSheet();
        if (sheet.cssRules.length === 0) sheet.replaceSync(cssText);
      } catch {
        return;
      }
      apply(adopt, [doc, ...roots]);
    },
    hide() {
      shown = false;
      apply(release, [doc, ...roots]);
    },
  };
}
