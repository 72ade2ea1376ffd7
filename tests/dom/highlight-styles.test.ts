import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightStyles } from '../../src/highlight/highlight-styles';

// happy-dom's parser drops `::highlight()` rules: any rule shows the sheet's content here.
const CSS_TEXT = 'mark { background-color: yellow; }';

function shadowRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.body.replaceChildren();
});

describe('highlight style rules in the page', () => {
  it('are adopted only while shown, into the document and every known shadow root', () => {
    const styles = createHighlightStyles(document, CSS_TEXT);
    const early = shadowRoot();
    styles.add(early);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(early.adoptedStyleSheets).toHaveLength(0);
    styles.show();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(early.adoptedStyleSheets).toEqual(document.adoptedStyleSheets);
    const late = shadowRoot();
    styles.add(late); // found while shown: adopted at once
    expect(late.adoptedStyleSheets).toHaveLength(1);
    styles.hide();
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect([early, late].map((root) => root.adoptedStyleSheets.length)).toEqual([0, 0]);
    styles.show(); // roots stay known across hide and show
    expect(late.adoptedStyleSheets).toHaveLength(1);
  });

  it('keeps the page’s own sheets and comes back when the page drops or empties ours', () => {
    const pages = new CSSStyleSheet();
    document.adoptedStyleSheets = [pages];
    const styles = createHighlightStyles(document, CSS_TEXT);
    styles.show();
    const ours = document.adoptedStyleSheets[1];
    expect(ours?.cssRules).toHaveLength(1);
    document.adoptedStyleSheets = [pages];
    ours?.replaceSync('');
    styles.show();
    expect(document.adoptedStyleSheets).toEqual([pages, ours]);
    expect(ours?.cssRules).toHaveLength(1);
    styles.hide();
    expect(document.adoptedStyleSheets).toEqual([pages]);
  });
});
