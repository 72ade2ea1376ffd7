import { ENTITIES } from '../dossier/entities';
import { ENTITY_IDS, type EntityId } from '../dossier/types';
import { HighlightPainter, windowHighlightApi } from '../highlight/highlight-painter';
import { createShadowStyler } from '../highlight/shadow-styles';
import { compileMatcher } from '../matching/compile-matcher';
import type { EntityCounts, NextMentionResult } from '../messaging/protocol';
import { PageScanner } from '../page/page-scanner';
import type { Settings } from '../settings/schema';
import { isSiteEnabled, type SettingsStore } from '../settings/settings-store';
import { siteKey } from '../settings/site-key';
import { answerPageRequests, type RuntimeLike } from './page-requests';

/** What the content script is given by its entrypoint. */
export interface ContentDeps {
  signal: AbortSignal;
  doc: Document;
  win: Window & typeof globalThis;
  settings: SettingsStore;
  runtime: RuntimeLike & { sendMessage(message: unknown): Promise<unknown> };
  /** The `::highlight()` rules, for open shadow roots. */
  highlightCss: string;
}

/** The running parts, for the card and the debug handle. */
export interface ContentParts {
  scanner: PageScanner;
  painter: HighlightPainter;
  site: string | null;
  /** Current settings (kept up to date from storage change events). */
  settings(): Settings;
  /** Filled in by the card: scroll to the next mention and open its card. */
  nextMention: (entityId: EntityId | null) => NextMentionResult;
}

/**
 * Settings -> scanner -> highlights, and the page's side of messaging: follows the reader's
 * settings live (no reload), reports counts for the badge, answers the popup.
 */
export async function startContent(deps: ContentDeps): Promise<ContentParts> {
  const { signal, doc, win, runtime } = deps;
  const painter = new HighlightPainter(windowHighlightApi(win));
  const site = siteKey(win.location.href);
  const scanner = new PageScanner({
    doc,
    matcher: compileMatcher(ENTITIES),
    painter,
    signal,
    styleShadowRoot: createShadowStyler(deps.highlightCss),
    onCounts: (counts) => reportCounts(runtime, counts),
  });
  let current = await deps.settings.get();
  const apply = (settings: Settings) => {
    current = settings;
    if (signal.aborted) return;
    painter.setStyle(settings.highlightStyle);
    for (const id of ENTITY_IDS)
      painter.setEntityVisible(id, !settings.hiddenEntities.includes(id));
    // Where the reader turned us off, the page is not read at all (its counts are zero).
    if (isSiteEnabled(settings, site)) scanner.enable();
    else scanner.disable();
  };
  apply(current);
  const unsubscribe = deps.settings.subscribe(apply);
  signal.addEventListener('abort', unsubscribe, { once: true });

  const parts: ContentParts = {
    scanner,
    painter,
    site,
    settings: () => current,
    nextMention: () => ({ found: false }),
  };
  answerPageRequests(
    runtime,
    {
      getState: () => ({
        counts: scanner.index.counts(),
        siteKey: site,
        enabledOnSite: scanner.isEnabled,
      }),
      nextMention: (entityId) => parts.nextMention(entityId),
    },
    signal,
  );
  return parts;
}

function reportCounts(runtime: ContentDeps['runtime'], counts: EntityCounts): void {
  try {
    // The background may be starting up or the extension reloading: a lost count is re-sent
    // with the next change, and nothing may surface in the page's console.
    runtime.sendMessage({ type: 'kc:counts', counts }).catch(() => undefined);
  } catch {
    // Extension context invalidated (updated or removed): ctx.signal tears us down.
  }
}
