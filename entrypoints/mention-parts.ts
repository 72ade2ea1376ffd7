import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardController } from '@/src/card/card-controller';
import { deliverMentionParts } from '@/src/content/mention-parts';
import { cardProbe } from '@/src/debug/card-probe';
import { HighlightPainter, windowHighlightApi } from '@/src/highlight/highlight-painter';
import { createHighlightStyles } from '@/src/highlight/highlight-styles';
import { bundledMatcher } from '@/src/matching/bundled-matcher';
import { LongLines } from '@/src/page/long-lines';
// Not a manifest stylesheet: its rules would answer getComputedStyle on every page (see
// highlight-styles.ts). Adopted into the page only while something is painted.
import highlightCss from './content/highlights.css?inline';

/**
 * The rest of the content script, injected by the background into a page that may name
 * someone (src/content/mention-parts.ts explains the split). Not web-accessible.
 */
export default defineUnlistedScript(() => {
  deliverMentionParts(globalThis, {
    matcher: bundledMatcher(),
    createCard: createCardController,
    createLongLines: (doc, signal, onMove) => new LongLines(doc, signal, onMove),
    cardProbe,
    createPainter: (doc, win) => {
      const styles = createHighlightStyles(doc, highlightCss);
      return {
        painter: new HighlightPainter(windowHighlightApi(win), undefined, styles),
        addShadowRoot: (root) => styles.add(root),
      };
    },
  });
});
