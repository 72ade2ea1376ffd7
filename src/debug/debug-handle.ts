import type { HighlightPainter } from '../highlight/highlight-painter';
import { hitTest } from '../highlight/hit-test';
import type { PageScanner } from '../page/page-scanner';

/** Read-only view of the content script's state, for the e2e tests and the benchmark. */
export interface DebugHandle {
  counts(): Record<string, number>;
  painted(): number;
  indexedNodes(): number;
  /** Longest slice of scanning work so far, in ms, by the scanner's own clock. */
  longestSliceMs(): number;
  /** Total scanning and painting time so far, in ms, by the scanner's own clock. */
  scanMs(): number;
  whenIdle(): Promise<void>;
  /** Runs the hover hit test at (x, y): the entity under the point, or null. */
  hitTest(x: number, y: number): string | null;
  /** The on/off pair the settings drive. */
  setEnabled(on: boolean): void;
}

/**
 * Puts the handle on the content script's own global. Content scripts run in an isolated
 * world: page scripts cannot see this object; only DevTools (and CDP in tests) can reach it.
 */
export function exposeDebugHandle(
  scanner: PageScanner,
  painter: HighlightPainter,
  doc: Document = document,
): void {
  const handle: DebugHandle = {
    counts: () => scanner.index.counts(),
    painted: () => painter.paintedCount,
    indexedNodes: () => scanner.index.size,
    longestSliceMs: () => scanner.longestSliceMs,
    scanMs: () => scanner.scanMs,
    whenIdle: () => scanner.whenIdle(),
    hitTest: (x, y) =>
      hitTest(doc, scanner.index, x, y, scanner.knownShadowRoots)?.mention.entityId ?? null,
    setEnabled: (on) => (on ? scanner.enable() : scanner.disable()),
  };
  Object.defineProperty(globalThis, '__kazakhstanContext', { value: handle, configurable: true });
}
