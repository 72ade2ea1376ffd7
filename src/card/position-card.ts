import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  platform as domPlatform,
  shift,
  size,
  type ComputePositionReturn,
  type Platform,
  type VirtualElement,
} from '@floating-ui/dom';
import { scrollIntoViewInline } from './scroll-inline';

/** Gap kept between the card and the viewport's edges, in px. */
export const VIEWPORT_PADDING = 8;
/** Gap between the mention's line box and the card, in px. */
export const CARD_OFFSET = 6;

/** A rectangle in viewport coordinates (a DOMRect, or a fake one in tests). */
export interface ViewportRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Computes where the card goes: below the line box, above when there is no room below
 * (`flip`), else on the side with more room, slid sideways and, only where neither side has
 * room for the whole card (200 % zoom, a small window), up or down over its mention to stay
 * 8 px inside the viewport (`shift` on both axes): the whole card, actions included, stays in
 * view. `size` caps it at the viewport's height; only beyond that do its facts scroll, between
 * its head and its actions. `fixed`: the host is `position: fixed`. `platform` is for tests,
 * which have no layout.
 */
export function placeCard(
  reference: VirtualElement,
  floating: HTMLElement,
  dir: 'ltr' | 'rtl' = 'ltr',
  platform?: Platform,
): Promise<ComputePositionReturn> {
  return computePosition(reference, floating, {
    strategy: 'fixed',
    // Start-aligned with the name, mirrored on right-to-left pages.
    placement: dir === 'rtl' ? 'bottom-end' : 'bottom-start',
    middleware: [
      offset(CARD_OFFSET),
      flip({ padding: VIEWPORT_PADDING }),
      shift({ padding: VIEWPORT_PADDING, crossAxis: true }),
      size({
        padding: VIEWPORT_PADDING,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
        },
      }),
    ],
    ...(platform ? { platform } : {}),
  });
}

/** Whether any part of `rect` is inside a viewport of the given size. */
export function isRectInView(rect: ViewportRect, width: number, height: number): boolean {
  return rect.bottom >= 0 && rect.top <= height && rect.right >= 0 && rect.left <= width;
}

/**
 * A virtual reference over one line box of a mention: `line` picks which (the one under the
 * pointer); without it, the first. Read again on every update, so the card follows the text
 * as the page scrolls. `contextElement` lets autoUpdate listen to the text's scroll containers.
 */
export function mentionAnchor(range: Range, line?: ViewportRect): VirtualElement {
  const rects = () => (typeof range.getClientRects === 'function' ? range.getClientRects() : []);
  const found = line
    ? [...rects()].findIndex(
        (rect) => Math.abs(rect.top - line.top) < 1 && Math.abs(rect.left - line.left) < 1,
      )
    : 0;
  const index = Math.max(0, found);
  const parent = range.startContainer.parentElement;
  return {
    getBoundingClientRect: () => rects()[index] ?? range.getBoundingClientRect(),
    ...(parent ? { contextElement: parent } : {}),
  };
}

/**
 * Scrolls a mention to the middle of the viewport (its element by `scrollIntoView`, which also
 * scrolls nested scroll containers; then the mention itself if its paragraph is taller than
 * the viewport, or its line wider). Instant: a smooth scroll would still run when the card
 * measures its anchor.
 */
export function scrollMentionIntoView(range: Range, win: Window): void {
  range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', behavior: 'instant' });
  const rect = range.getBoundingClientRect?.();
  if (rect && !isRectInView(rect, win.innerWidth, win.innerHeight)) {
    win.scrollBy?.({ top: rect.top - win.innerHeight / 2, behavior: 'instant' });
  }
  // On a long unwrapped line the mention may still be far to the side.
  if (rect) scrollIntoViewInline(range, win);
}

/**
 * floating-ui's DOM platform, told that the card's coordinates are the viewport's: the card is
 * placed in viewport coordinates, then {@link moveTo} corrects for its real containing block.
 */
const viewportPlatform = (win: Window): Platform => ({
  ...domPlatform,
  getOffsetParent: () => win,
});

/**
 * Puts the card's top left corner at (`x`, `y`) in the viewport. A top-layer popover is always
 * placed against the viewport; without the Popover API the host is `position: fixed`, and a
 * page's `<html>` with `will-change: transform`, `transform` or `contain: paint` makes the root
 * its containing block, which scrolls with the page: the card would land `scrollY` px off. So
 * measure where the card landed and shift it by the difference (one layout read, off the top
 * layer only).
 */
function moveTo(floating: HTMLElement, x: number, y: number): void {
  floating.style.left = `${x}px`;
  floating.style.top = `${y}px`;
  if (floating.matches(':popover-open')) return;
  const box = floating.getBoundingClientRect();
  const dx = Math.round(box.left - x);
  const dy = Math.round(box.top - y);
  if (dx !== 0) floating.style.left = `${x - dx}px`;
  if (dy !== 0) floating.style.top = `${y - dy}px`;
}

/** What {@link followAnchor} needs besides the two elements. */
export interface FollowOptions {
  win: Window;
  dir: 'ltr' | 'rtl';
  /** Called (once, asynchronously) when the anchor is no longer in the viewport. */
  onOutOfView: () => void;
  /** Called when the card has moved to a new place (not on its first placement). */
  onMove?: () => void;
  /** True when the anchor's text has left the page (its rect would then be meaningless). */
  isGone?: () => boolean;
}

/**
 * Keeps the card placed at its anchor while the page scrolls or resizes (floating-ui
 * `autoUpdate`), and reports when the anchor has left the viewport. Placement resolves in
 * microtasks, before the next paint, so the card is never seen at its old place.
 * Returns the function that stops following.
 */
export function followAnchor(
  reference: VirtualElement,
  floating: HTMLElement,
  options: FollowOptions,
): () => void {
  let stopped = false;
  let placed: string | undefined;
  const update = () => {
    if (stopped) return;
    const { innerWidth, innerHeight } = options.win;
    const rect = reference.getBoundingClientRect();
    if (options.isGone?.() || !isRectInView(rect, innerWidth, innerHeight)) {
      // Deferred: the first update runs inside autoUpdate(), before its cleanup exists.
      queueMicrotask(() => {
        if (!stopped) options.onOutOfView();
      });
      return;
    }
    void placeCard(reference, floating, options.dir, viewportPlatform(options.win)).then(
      ({ x, y }) => {
        if (stopped) return;
        const place = `${Math.round(x)},${Math.round(y)}`;
        if (place === placed) return;
        if (placed !== undefined) options.onMove?.();
        placed = place;
        moveTo(floating, Math.round(x), Math.round(y));
      },
    );
  };
  const cleanup = autoUpdate(reference, floating, update);
  return () => {
    stopped = true;
    cleanup();
  };
}
