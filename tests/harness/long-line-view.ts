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
