import type { ContentParts } from '../content/start-content';
import { hitTest } from '../highlight/hit-test';

/** Read-only view of the content script's state, for the e2e tests and the benchmark. */
export interface DebugHandle {
  /** The counts the reader is told (mentions in rendered text; see rendered-text.ts). */
  counts(): Record<string, number>;
  painted(): number;
  indexedNodes(): number;
  /** The slices of scanning and painting work so far, by the scanner's own clock. */
  slices(): { count: number; totalMs: number; longestMs: number; longCount: number };
  whenIdle(): Promise<void>;
  /** Runs the hover hit test at (x, y): the entity under the point, or null. */
  hitTest(x: number, y: number): string | null;
  /** Whether the matcher and card were loaded into the page (only at a possible mention). */
  partsLoaded(): boolean;
  /** The on/off pair the settings drive. */
  setEnabled(on: boolean): void;
  /** Whether the card is open, and its text (its shadow root is closed to the page). */
  card(): {
    open: boolean;
    text: string;
    focused: boolean;
    rect: { left: number; top: number; right: number; bottom: number } | null;
    /** Viewport centre of each control, by accessible name (where a reader would click). */
    controls: Record<string, { x: number; y: number }>;
  };
  /** The card's closed shadow root, so tests can read the card as a reader does. */
  cardRoot(): ShadowRoot | undefined;
  /** The Undo notice after a card's settings button: shown or not, its text and controls. */
  notice(): {
    open: boolean;
    text: string;
    focused: string | null;
    controls: Record<string, { x: number; y: number }>;
  };
}

/**
 * Puts the handle on the content script's own global. Content scripts run in an isolated
 * world: page scripts cannot see this object; only DevTools (and CDP in tests) can reach it.
 */
export function exposeDebugHandle(
  {
    scanner,
    painter,
    card,
    partsLoaded,
  }: Pick<ContentParts, 'scanner' | 'painter' | 'card' | 'partsLoaded'>,
  doc: Document = document,
): void {
  const handle: DebugHandle = {
    counts: () => scanner.visibleCounts(),
    painted: () => painter.paintedCount,
    indexedNodes: () => scanner.index.size,
    slices: () => ({ ...scanner.slices }),
    whenIdle: () => scanner.whenIdle(),
    hitTest: (x, y) =>
      hitTest(doc, scanner.index, x, y, scanner.knownShadowRoots)?.mention.entityId ?? null,
    partsLoaded,
    setEnabled: (on) => (on ? scanner.enable() : scanner.disable()),
    card: () => {
      const root = card()?.shadowRoot;
      return {
        open: card()?.isOpen ?? false,
        text: root?.textContent ?? '',
        focused: Boolean(root?.activeElement),
        rect: cardRect(root),
        controls: controlPoints(root),
      };
    },
    cardRoot: () => card()?.shadowRoot,
    notice: () => {
      const root = card()?.noticeRoot;
      const focused = root?.activeElement;
      return {
        open: root !== undefined,
        text: root?.querySelector('[role="status"]')?.textContent ?? '',
        focused: focused ? (focused.getAttribute('aria-label') ?? focused.textContent) : null,
        controls: controlPoints(root),
      };
    },
  };
  Object.defineProperty(globalThis, '__kazakhstanContext', { value: handle, configurable: true });
}

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
