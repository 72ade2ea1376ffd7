/**
 * `::highlight()` rules apply per tree scope, so the manifest stylesheet does not reach into
 * shadow roots. Each open shadow root we scan adopts one shared constructed sheet instead
 * (no element inserted, no attribute changed).
 */
export function createShadowStyler(cssText: string): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined;
  return (root) => {
    try {
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(cssText);
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    } catch {
      // A root from another document or a frozen array: the text is still indexed and counted.
    }
  };
}
