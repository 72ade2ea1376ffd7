import type { CardController } from '../card/card-controller';
import type { MentionIndex } from '../page/mention-index';
import { hitTest } from '../highlight/hit-test';

/** The card as the debug handle reports it (debug-handle.ts). */
export interface CardState {
  open: boolean;
  text: string;
  focused: boolean;
  rect: { left: number; top: number; right: number; bottom: number } | null;
  /** Viewport centre of each control, by accessible name (where a reader would click). */
  controls: Record<string, { x: number; y: number }>;
}

/** The Undo notice after a card's settings button: shown or not, its text and controls. */
export interface NoticeState {
  open: boolean;
  text: string;
  focused: string | null;
  controls: Record<string, { x: number; y: number }>;
}

/**
 * The debug handle's readings of the card, loaded with the card (mention-parts.ts): a page
 * without the card has none to read, and the script every page loads stays without them.
 */
export interface CardProbe {
  card(card: CardController | undefined): CardState;
  notice(card: CardController | undefined): NoticeState;
  /** The entity whose painted mention is under (x, y), or null. */
  entityAt(
    doc: Document,
    index: MentionIndex,
    x: number,
    y: number,
    shadowRoots: readonly ShadowRoot[],
  ): string | null;
}

/** The card's readings, from its closed shadow roots (the handle's `card()` and `notice()`). */
export const cardProbe: CardProbe = {
  card: (card) => {
    const root = card?.shadowRoot;
    return {
      open: card?.isOpen ?? false,
      text: root?.textContent ?? '',
      focused: Boolean(root?.activeElement),
      rect: cardRect(root),
      controls: controlPoints(root),
    };
  },
  notice: (card) => {
    const root = card?.noticeRoot;
    const focused = root?.activeElement;
    return {
      open: root !== undefined,
      text: root?.querySelector('[role="status"]')?.textContent ?? '',
      focused: focused ? (focused.getAttribute('aria-label') ?? focused.textContent) : null,
      controls: controlPoints(root),
    };
  },
  entityAt: (doc, index, x, y, shadowRoots) =>
    hitTest(doc, index, x, y, shadowRoots)?.mention.entityId ?? null,
};

function cardRect(root: ShadowRoot | undefined) {
  const box = root?.querySelector('[role="dialog"]')?.getBoundingClientRect();
  return box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
}

function controlPoints(root: ShadowRoot | undefined): Record<string, { x: number; y: number }> {
  const points: Record<string, { x: number; y: number }> = {};
  for (const control of root?.querySelectorAll('button, a') ?? []) {
    const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
    const box = control.getBoundingClientRect();
    points[name.trim()] = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return points;
}
