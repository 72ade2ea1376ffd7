import type { EntityCounts } from '../messaging/protocol';
import { renewableListeners } from '../page/root-element-watch';

/** What {@link createBadgeReport} is given. */
export interface BadgeReportOptions {
  win: Pick<Window, 'addEventListener'>;
  doc: Pick<Document, 'addEventListener'> & { prerendering?: boolean };
  /** Removes the listeners when aborted. */
  signal: AbortSignal;
  /** Sends the counts to the background (which sets the tab's badge). */
  send(counts: EntityCounts): void;
}

/** The content script's side of the toolbar badge. */
export interface BadgeReport {
  /** The page's shown counts changed: the badge follows. */
  report(counts: EntityCounts): void;
  /** The document was rewritten (`document.open()` erased every listener): listen again. */
  relisten(): void;
}

/**
 * Sends the page's counts for the badge, and sends the last ones again whenever this document
 * becomes the tab's page anew: shown again from the back/forward cache (`pageshow` with
 * `persisted`; the browser cleared the badge when the tab left it, and the page's counts have
 * not changed since) or a prerendered page being activated (`prerenderingchange`; the
 * background ignores counts from a document not shown, `counts-sender.ts`). While
 * prerendering, nothing is sent. Listens only once there is something to report, and again
 * when told the document was rewritten.
 */
export function createBadgeReport(options: BadgeReportOptions): BadgeReport {
  const { win, doc, signal } = options;
  let last: EntityCounts | undefined;
  const resend = () => {
    if (last && !signal.aborted && !doc.prerendering) options.send(last);
  };
  const listen = renewableListeners(signal, (current) => {
    win.addEventListener(
      'pageshow',
      (event) => {
        if (event.isTrusted && event.persisted) resend();
      },
      { signal: current },
    );
    doc.addEventListener(
      'prerenderingchange',
      (event) => {
        if (event.isTrusted) resend();
      },
      { signal: current },
    );
  });
  return {
    report(counts) {
      if (last === undefined) listen();
      last = counts;
      resend();
    },
    relisten() {
      if (last !== undefined) listen();
    },
  };
}
