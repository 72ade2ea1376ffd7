import type { ContentProbe } from './content-probe';

/** A point in the viewport. */
export interface Point {
  x: number;
  y: number;
}

/** The card as the content script's debug handle reports it (see src/debug/debug-handle.ts). */
export interface CardState {
  open: boolean;
  text: string;
  focused: boolean;
  rect: { left: number; top: number; right: number; bottom: number } | null;
  /** Centre of each control, by accessible name. */
  controls: Record<string, Point>;
}

/** Reads the card from the content script's world (its shadow root is closed to the page). */
export function cardState(probe: ContentProbe): Promise<CardState> {
  return probe.evaluate<CardState>('globalThis.__kazakhstanContext.card()');
}
