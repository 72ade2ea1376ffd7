/**
 * The text of `root` as a reader meets it: text in document order, each `<q>` inside the curly
 * quotation marks a browser draws around it (CSS generated content, absent from
 * `textContent`), scripts and styles left out; then, one per line, the `title`, `aria-label`
 * and `alt` texts a reader sees as tooltips or hears. Self-contained (no imports, no outer
 * names), so e2e tests can run the same function inside a page.
 */
export function readerText(root: Node): string {
  const hidden = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const text: string[] = [];
  const attributes: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      text.push(node.nodeValue ?? '');
      return;
    }
    const element = node.nodeType === 1 ? (node as Element) : undefined;
    if (element && hidden.has(element.tagName.toUpperCase())) return;
    const quoted = element?.tagName.toUpperCase() === 'Q';
    if (quoted) text.push('“');
    node.childNodes.forEach(visit);
    if (quoted) text.push('”');
    for (const name of ['title', 'aria-label', 'alt']) {
      const value = element?.getAttribute(name);
      if (value) attributes.push(value);
    }
  };
  visit(root);
  return [text.join(''), ...attributes].join('\n');
}
