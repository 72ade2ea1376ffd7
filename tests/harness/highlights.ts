import { setTimeout as sleep } from 'node:timers/promises';
import type { PageLike } from './page-like';

/** Our highlight names in the page's `CSS.highlights` registry (shared with isolated worlds). */
export async function highlightSizes(page: PageLike): Promise<Record<string, number>> {
  return (await page.evaluate(() => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('kc-')) sizes[name] = highlight.size;
    });
    return sizes;
  })) as Record<string, number>;
}

/** Waits until our highlights are registered and their sizes stop changing. */
export async function waitForHighlights(
  page: PageLike,
  timeout = 5_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeout;
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const sizes = await highlightSizes(page);
    const key = JSON.stringify(sizes);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Object.values(sizes).some((size) => size > 0) && Date.now() - stableSince >= 150) {
      return sizes;
    }
    if (Date.now() > deadline) throw new Error(`Highlights not stable in ${timeout} ms: ${key}`);
    await sleep(25);
  }
}
