import type { CardController } from '../card/card-controller';
import type { CardProbe } from '../debug/card-probe';
import { ENTITY_IDS } from '../dossier/types';
import type { EntityCounts, Message } from '../messaging/protocol';
import { PageScanner } from '../page/page-scanner';
import { watchRootElement } from '../page/root-element-watch';
import type { Settings } from '../settings/schema';
import { isSiteEnabled, type SettingsStore } from '../settings/settings-store';
import { siteKey } from '../settings/site-key';
import { createBadgeReport } from './badge-report';
import { applyCardAction, revertCardAction, type CardSettingsChange } from './card-settings';
import type { PartsLoader } from './mention-parts';
import { PainterSlot } from './painter-slot';
import { answerPageRequests, type RuntimeLike } from './page-requests';
import { shownCounts } from './shown-counts';

/** What the content script is given by its entrypoint. */
export interface ContentDeps {
  signal: AbortSignal;
  doc: Document;
  win: Window & typeof globalThis;
  settings: SettingsStore;
  runtime: RuntimeLike & { sendMessage(message: unknown): Promise<unknown> };
  /** The matcher and card, loaded at the page's first possible mention (mention-parts.ts). */
  parts: PartsLoader;
  /** Told of each settings change the reader made from a card once stored (for an Undo). */
  onCardAction?(change: CardSettingsChange): void;
  /** Told once, when the first mention is found (periodic work starts then, not before). */
  onFirstMention?(): void;
}

/** The running parts, for the card and the debug handle. */
export interface ContentParts {
  scanner: PageScanner;
  /** The painter, made with the parts at the first mention (painter-slot.ts). */
  painter: PainterSlot;
  /** The card, made at the first mention (a page that names nobody never sets it up). */
  card(): CardController | undefined;
  /** Whether the matcher and card were loaded into this page (mention-parts.ts). */
  partsLoaded(): boolean;
  /** The debug handle's readings of the card, loaded with it. */
  cardProbe(): CardProbe | undefined;
  site: string | null;
  /** Current settings (kept up to date from storage change events). */
  settings(): Settings;
}

/**
 * Settings -> scanner -> highlights, and the page's side of messaging: follows the reader's
 * settings live (no reload), reports counts for the badge, answers the popup.
 */
export async function startContent(deps: ContentDeps): Promise<ContentParts> {
  const { signal, doc, win, runtime } = deps;
  const painter = new PainterSlot(() => {
    const parts = deps.parts.ready();
    return parts && (() => parts.createPainter(doc, win));
  });
  const site = siteKey(win.location.href);
  const badge = createBadgeReport({ win, doc, signal, send: (c) => reportCounts(runtime, c) });
  const scanner = new PageScanner({
    doc,
    matcher: () => deps.parts.ready()?.matcher,
    loadMatcher: () => deps.parts.load(),
    longLines: () => deps.parts.ready()?.createLongLines,
    painter,
    signal,
    styleShadowRoot: (root) => painter.addShadowRoot(root),
    onCounts: (counts) => {
      badge.report(shownCounts(counts, current));
      if (counts.kazakhstan + counts.tokayev + counts.almaty > 0) ensureCard();
      card?.refresh();
    },
  });
  let current = await deps.settings.get();
  const cardAction = (change: CardSettingsChange) =>
    applyCardAction(deps.settings, change).then((done) => {
      if (done && done.kind !== 'failed') deps.onCardAction?.(done);
      return done;
    });
  let card: CardController | undefined;
  // Made from the parts, which are loaded once a mention was counted (its painter with them).
  const makeCard = (): CardController | undefined => {
    const parts = deps.parts.ready();
    const painting = painter.painter();
    if (!parts || !painting) return undefined;
    return parts.createCard({
      signal,
      doc,
      win,
      index: scanner.index,
      painter: painting,
      getSettings: () => current,
      shadowRoots: () => scanner.knownShadowRoots,
      // Takes effect at once through the same settings the popup uses (every tab follows them).
      onTurnOffSite: () => (site ? cardAction({ kind: 'site-off', site }) : undefined),
      onHideEntity: (entityId) => cardAction({ kind: 'entity-hidden', entityId }),
      onUndo: (change) => revertCardAction(deps.settings, change),
      onOpenSource: (factId, background) =>
        send(runtime, { type: 'kc:open-source', factId, background }),
    });
  };
  const ensureCard = () => {
    if (card || signal.aborted) return;
    card = makeCard();
    if (card) deps.onFirstMention?.();
  };
  // A rewritten document lost the card's listeners (and its host): the card starts afresh, and
  // the badge's and the scanner's listeners are added again. One watch on every page for all.
  watchRootElement(doc, signal, () => {
    badge.relisten();
    scanner.relisten();
    if (!card) return;
    card.destroy();
    card = makeCard();
  });
  const apply = (settings: Settings) => {
    const hiddenBefore = current.hiddenEntities.join();
    current = settings;
    if (signal.aborted) return;
    painter.setStyle(settings.highlightStyle);
    for (const id of ENTITY_IDS)
      painter.setEntityVisible(id, !settings.hiddenEntities.includes(id));
    // Where the reader turned us off, the page is not read at all (its counts are zero).
    if (isSiteEnabled(settings, site)) scanner.enable();
    else scanner.disable();
    // The badge counts what is highlighted: hiding a name changes it without a new count.
    if (scanner.isEnabled && settings.hiddenEntities.join() !== hiddenBefore) {
      badge.report(shownCounts(scanner.visibleCounts(), settings));
    }
    card?.refresh();
  };
  apply(current);
  const unsubscribe = deps.settings.subscribe(apply);
  signal.addEventListener('abort', unsubscribe, { once: true });

  answerPageRequests(
    runtime,
    {
      getState: () => ({
        counts: scanner.visibleCounts(),
        siteKey: site,
        enabledOnSite: scanner.isEnabled,
      }),
      // From the popup: the page scrolls and the card opens; focus stays with the reader.
      nextMention: (entityId) => ({ found: card?.next(entityId) ?? false }),
      // From a keyboard command: the card takes focus, so Tab and Esc work in it.
      stepMention: (direction) => ({
        found:
          direction === 'next'
            ? (card?.next(null, { focus: true }) ?? false)
            : (card?.previous(null, { focus: true }) ?? false),
      }),
    },
    signal,
  );
  return {
    scanner,
    painter,
    card: () => card,
    partsLoaded: () => deps.parts.ready() !== undefined,
    cardProbe: () => deps.parts.ready()?.cardProbe,
    site,
    settings: () => current,
  };
}

function reportCounts(runtime: ContentDeps['runtime'], counts: EntityCounts): void {
  send(runtime, { type: 'kc:counts', counts });
}

/**
 * Sends to the background. It may be starting up or the extension reloading: a lost count is
 * sent again with the next change, and nothing may surface in the page's console.
 */
function send(runtime: ContentDeps['runtime'], message: Message): void {
  try {
    runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated (updated or removed): ctx.signal tears us down.
  }
}
