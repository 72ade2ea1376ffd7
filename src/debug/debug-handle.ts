import type { ContentParts } from '../content/start-content';
import type { CardProbe, CardState, NoticeState } from './card-probe';

/** Read-only view of the content script's state, for the e2e tests and the benchmark. */
export interface DebugHandle {
  /** The counts the reader is told (mentions in rendered text; see rendered-text.ts). */
  counts(): Record<string, number>;
  /** Every mention found, rendered or not (the index keeps hidden ones painted and ready). */
  indexedCounts(): Record<string, number>;
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
  card(): CardState;
  /** The card's closed shadow root, so tests can read the card as a reader does. */
  cardRoot(): ShadowRoot | undefined;
  /** The Undo notice after a card's settings button: shown or not, its text and controls. */
  notice(): NoticeState;
}

/** Before the parts are loaded (card-probe.ts comes with them) there is no card, and no mention. */
const NO_PARTS: CardProbe = {
  card: () => ({ open: false, text: '', focused: false, rect: null, controls: {} }),
  notice: () => ({ open: false, text: '', focused: null, controls: {} }),
  entityAt: () => null,
};

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
    cardProbe,
  }: Pick<ContentParts, 'scanner' | 'painter' | 'card' | 'partsLoaded' | 'cardProbe'>,
  doc: Document = document,
): void {
  const probe = () => cardProbe() ?? NO_PARTS;
  const handle: DebugHandle = {
    counts: () => scanner.visibleCounts(),
    indexedCounts: () => scanner.index.counts(),
    painted: () => painter.paintedCount,
    indexedNodes: () => scanner.index.size,
    slices: () => ({ ...scanner.slices }),
    whenIdle: () => scanner.whenIdle(),
    hitTest: (x, y) => probe().entityAt(doc, scanner.index, x, y, scanner.knownShadowRoots),
    partsLoaded,
    setEnabled: (on) => (on ? scanner.enable() : scanner.disable()),
    card: () => probe().card(card()),
    cardRoot: () => card()?.shadowRoot,
    notice: () => probe().notice(card()),
  };
  Object.defineProperty(globalThis, '__kazakhstanContext', { value: handle, configurable: true });
}
