import { expect } from 'vitest';
import type { ContentState } from './content-probe';

/**
 * Our work ran in many slices, and a slice that reached a long task (50 ms) was rare: at most
 * one in 20 (one, when there were fewer than 40). Rare rather than never because a slice's time
 * is wall time, and inside it the engine may collect garbage: every element a content script
 * reads gets a wrapper of its own (an isolated world shares none with the page), and on a page
 * of 170,000 elements a young-generation collection of them took 15-25 ms, measured with a
 * CDP trace; on two shared cores the thread can also be preempted. Each step of ours is
 * bounded (500 elements, 256K characters: unit tests), and `npm run bench` prints the longest
 * slice of each page.
 */
export function expectSliced(state: ContentState | undefined, atLeast: number): void {
  const slices = state?.slices ?? { count: 0, longCount: Infinity };
  expect(slices.count).toBeGreaterThanOrEqual(atLeast);
  expect(slices.longCount).toBeLessThanOrEqual(Math.max(1, Math.floor(slices.count / 20)));
  // And none held the page for a second: twenty times a long task, far above what a
  // collection or a preempted thread adds, so only work that grows with the page fails it (a
  // search that read to the end of a 10 MB text once per line took 15 s in one slice).
  expect(state?.longestSliceMs ?? Infinity).toBeLessThan(1_000);
}
