import type { EntityId } from '../../src/dossier/types';
import type { ContentProbe } from './content-probe';
import type { ExtensionBrowser } from './extension';

/** A box in viewport px. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the open card and its parts sit, read in the content script's world. */
export interface CardFit {
  viewport: { width: number; height: number };
  card: Box;
  actions: Box;
  lastFact: Box;
  /** Elements of the card whose content is taller or wider than their box (they scroll). */
  scrolling: string[];
  /** The card's font size in px (14 at a 16 px default). */
  fontPx: number;
}

/** Measures the open card (see {@link CardFit}); null while no card is open. */
export function cardFit(probe: ContentProbe): Promise<CardFit | null> {
  return probe.evaluate<CardFit | null>(`(() => {
    const root = globalThis.__kazakhstanContext.cardRoot();
    const card = root?.querySelector('[role="dialog"]');
    if (!card) return null;
    const box = (element) => {
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const facts = card.querySelectorAll('li[data-fact]');
    const scrolling = [...root.querySelectorAll('*')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .filter((el) => el.clientHeight > 0 && getComputedStyle(el).overflow !== 'visible')
      .map((el) => el.className || el.tagName);
    return {
      viewport: { width: innerWidth, height: innerHeight },
      card: box(card),
      actions: box(card.querySelector('.actions')),
      lastFact: box(facts[facts.length - 1]),
      scrolling,
      fontPx: parseFloat(getComputedStyle(card).fontSize),
    };
  })()`);
}

/** Whether `inner` lies wholly inside `outer` (1 px of rounding allowed). */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.top >= outer.top - 1 &&
    inner.bottom <= outer.bottom + 1 &&
    inner.left >= outer.left - 1 &&
    inner.right <= outer.right + 1
  );
}

/** The parts of the worker's `chrome` global that {@link showNextMention} calls. */
interface WorkerTabs {
  chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
}

/**
 * Opens `id`'s card on its next mention in tab `tabId`, as the popup's "Next mention" button
 * does: from the extension's worker, so the card is centred where it has the least room.
 */
export async function showNextMention(
  browser: ExtensionBrowser,
  tabId: number,
  id: EntityId,
): Promise<void> {
  await (
    await browser.worker()
  ).evaluate(
    ({ tabId, id }) =>
      (globalThis as unknown as WorkerTabs).chrome.tabs.sendMessage(tabId, {
        type: 'kc:next-mention',
        entityId: id,
      }),
    { tabId, id },
  );
}
