import { HOVER_DELAY_RANGE } from '../settings/schema';

/**
 * The hover delay typed by the reader, in whole ms, or null if it is not a whole number within
 * `HOVER_DELAY_RANGE` ("", "abc", "1e3", "-50", "12.5", "2500"): such input is never written.
 */
export function parseDelay(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= HOVER_DELAY_RANGE.min && value <= HOVER_DELAY_RANGE.max ? value : null;
}
