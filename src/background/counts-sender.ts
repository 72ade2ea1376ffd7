/** The fields of a `runtime.MessageSender` that say which document of which tab sent counts. */
export interface CountsSenderLike {
  tab?: { id?: number };
  /** 0 for a tab's top document (content scripts run only there). */
  frameId?: number;
  /**
   * Chrome 106+: `active`, or `prerender` (a page loaded ahead of a likely click, not shown),
   * `cached` (in the back/forward cache) or `pending_deletion` (unloading). Firefox omits it.
   */
  documentLifecycle?: string;
}

/**
 * The tab whose badge a counts message may set, or undefined: only the document the tab shows
 * speaks for it. A prerendered page's counts would otherwise replace those of the page on
 * screen, and a page being left could overwrite its successor's badge with a late message.
 * (The content script sends its counts again when its document is shown: `badge-report.ts`.)
 */
export function badgeTabOf(sender: CountsSenderLike | undefined): number | undefined {
  const id = sender?.tab?.id;
  if (id === undefined || id < 0) return undefined;
  if (sender?.frameId !== undefined && sender.frameId !== 0) return undefined;
  const lifecycle = sender?.documentLifecycle;
  return lifecycle === undefined || lifecycle === 'active' ? id : undefined;
}
