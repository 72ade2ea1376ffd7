import { trusted } from './trusted-input';

/** Where the pointer is, as the card controller needs it. */
export interface PointerPoint {
  x: number;
  y: number;
  /** The pointer is over the card (the event was retargeted to its host). */
  overCard: boolean;
  /** The modifier that may be required to open a card (Alt) is held. */
  modifier: boolean;
}

/** What {@link trackPointer} listens for and whom it tells. */
export interface PointerTrackerOptions {
  win: Window;
  /** Removes every listener when aborted. */
  signal: AbortSignal;
  /** True while there is nothing to hover (no mentions, no card): moves are then ignored. */
  isIdle: () => boolean;
  /** Whether an event happened on the card. */
  isCard: (event: Event) => boolean;
  /** Called at most once per animation frame with the latest point; undefined: pointer left. */
  onPointer: (point: PointerPoint | undefined) => void;
  onModifier: (down: boolean) => void;
  onEscape: () => void;
  /** A press (mouse, pen or touch) anywhere but on the card. */
  onPressOutside: () => void;
}

/** The key that a card may require to be held (`cardNeedsModifier`). */
export const MODIFIER_KEY = 'Alt';

/**
 * Listens to the pointer and keys for the card, and never interferes: every listener is
 * passive in effect (nothing is prevented or stopped), so links and the page's own handlers
 * work as before. Only the reader's real input counts (`trusted`): a page's synthetic moves
 * cannot hover a mention. On `window` in the capture phase, the first stop of every event:
 * a page that stops propagation there still lets our listener on the same target run (only
 * `stopImmediatePropagation()` from a listener added before ours, at load, would not; Esc
 * then still closes the card through the popover's close request, see card-host.ts).
 * Pointer moves are coalesced to one report per animation frame (the hit test budget is per
 * frame, and moves come faster than frames). Returns a function cancelling a pending frame.
 */
export function trackPointer(options: PointerTrackerOptions): () => void {
  const { win, signal } = options;
  let pending: PointerPoint | undefined;
  let left = false;
  let frame: number | undefined;
  const listen = { capture: true, passive: true, signal };

  const flush = () => {
    frame = undefined;
    const point = left ? undefined : pending;
    pending = undefined;
    left = false;
    if (!signal.aborted) options.onPointer(point);
  };
  const schedule = () => {
    frame ??= win.requestAnimationFrame(flush);
  };

  win.addEventListener(
    'pointermove',
    trusted((event: PointerEvent) => {
      // Touch "moves" are drags and scrolls, not hovering.
      if (event.pointerType === 'touch' || options.isIdle()) return;
      const overCard = options.isCard(event);
      pending = { x: event.clientX, y: event.clientY, overCard, modifier: event.altKey };
      left = false;
      schedule();
    }),
    listen,
  );
  win.addEventListener(
    'pointerout',
    trusted((event: PointerEvent) => {
      // relatedTarget null: the pointer left the window.
      if (event.relatedTarget !== null || event.pointerType === 'touch' || options.isIdle()) return;
      left = true;
      schedule();
    }),
    listen,
  );
  win.addEventListener(
    'pointerdown',
    trusted((event: PointerEvent) => {
      if (!options.isCard(event)) options.onPressOutside();
    }),
    listen,
  );
  win.addEventListener(
    'keydown',
    trusted((event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.isComposing) options.onEscape();
      else if (event.key === MODIFIER_KEY) options.onModifier(true);
    }),
    listen,
  );
  win.addEventListener(
    'keyup',
    trusted((event: KeyboardEvent) => {
      if (event.key === MODIFIER_KEY) options.onModifier(false);
    }),
    listen,
  );
  // Alt+Tab away leaves no keyup behind.
  win.addEventListener(
    'blur',
    trusted(() => options.onModifier(false)),
    listen,
  );

  return () => {
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    frame = undefined;
  };
}
