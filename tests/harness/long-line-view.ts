import { expect } from 'vitest';
import type { PageLike } from './page-like';

/** The start offsets of our painted ranges on the page (from the shared registry), sorted. */
export async function paintedStarts(page: PageLike): Promise<number[]> {
  return (await page.evaluate(() => {
    const starts: number[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('kc-') || name === 'kc-active') return;
      highlight.forEach((range) => starts.push((range as AbstractRange).startOffset));
    });
    return starts.sort((a, b) => a - b);
  })) as number[];
}

/**
 * The character offset in the text of `#line` (tests/fixtures/long-line-pages.ts) at the
 * middle of the viewport's width: a `<pre>`'s box does not cover the text overflowing it.
 */
export async function offsetInView(page: PageLike): Promise<number> {
  return (await page.evaluate(() => {
    const box = document.getElementById('line')!.getBoundingClientRect();
    return document.caretPositionFromPoint(innerWidth / 2, box.top + box.height / 2)?.offset ?? -1;
  })) as number;
}

/**
 * Runs `scroll` in the page (it scrolls `#line` to a far part) and waits until what is
 * painted follows: a mention within 1,000 characters of the part in view, at most `cap`
 * painted, none of those painted `before`.
 */
export async function expectPaintingFollowsScroll(
  page: PageLike,
  scroll: () => void,
  before: readonly number[],
  cap: number,
): Promise<void> {
  await page.evaluate(scroll);
  const seen = await offsetInView(page);
  expect(seen).toBeGreaterThan(10_000);
  await expect
    .poll(async () => (await paintedStarts(page)).some((at) => Math.abs(at - seen) < 1_000))
    .toBe(true);
  const after = await paintedStarts(page);
  expect(after.length).toBeLessThanOrEqual(cap);
  expect(after.some((at) => before.includes(at))).toBe(false);
}

/** Page functions that scroll a long line sideways, far from its start. */
export const SCROLL_SIDEWAYS = {
  /** The document (a `<pre>` line). */
  document: () => {
    document.scrollingElement!.scrollLeft = 280_000;
  },
  /** The line's own element (a `nowrap` line with `overflow-x: auto`). */
  element: () => {
    document.getElementById('line')!.scrollLeft = 280_000;
  },
};
