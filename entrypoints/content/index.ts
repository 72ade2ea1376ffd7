import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENTITIES } from '@/src/dossier/entities';
import { exposeDebugHandle } from '@/src/debug/debug-handle';
import { HighlightPainter, windowHighlightApi } from '@/src/highlight/highlight-painter';
import { createShadowStyler } from '@/src/highlight/shadow-styles';
import { compileMatcher } from '@/src/matching/compile-matcher';
import { PageScanner } from '@/src/page/page-scanner';
import './highlights.css';
import highlightCss from './highlights.css?inline';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    // Without the CSS Custom Highlight API we would have to change the page's DOM: do nothing.
    if (typeof Highlight !== 'function' || !CSS.highlights) return;
    const painter = new HighlightPainter(windowHighlightApi(window));
    const scanner = new PageScanner({
      doc: document,
      matcher: compileMatcher(ENTITIES),
      painter,
      signal: ctx.signal,
      styleShadowRoot: createShadowStyler(highlightCss),
    });
    scanner.enable();
    // A page script can clear CSS.highlights at any time without a DOM mutation to tell us.
    ctx.setInterval(() => painter.ensureRegistered(), 1_000);
    exposeDebugHandle(scanner, painter);
  },
});
