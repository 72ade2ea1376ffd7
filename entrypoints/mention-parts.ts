import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardController } from '@/src/card/card-controller';
import { deliverMentionParts } from '@/src/content/mention-parts';
import { cardProbe } from '@/src/debug/card-probe';
import { bundledMatcher } from '@/src/matching/bundled-matcher';
import { LongLines } from '@/src/page/long-lines';

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
  });
});
