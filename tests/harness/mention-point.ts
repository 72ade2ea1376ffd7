import type { PageLike } from './page-like';

/**
 * The viewport centre of the first occurrence of `name` in the text under `selector`: where a
 * reader's pointer would hover it. Runs in the page's world, so it only uses DOM APIs that a
 * page cannot easily break (hostile fixtures replace Array/String/RegExp prototypes).
 */
export async function mentionPoint(
  page: PageLike,
  selector: string,
  name: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, name }: { selector: string; name: string }) => {
      const element = document.querySelector(selector);
      const walker = document.createTreeWalker(element ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(name);
        if (at < 0) continue;
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + name.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`${name} not found in ${selector}`);
    },
    { selector, name },
  ) as Promise<{ x: number; y: number }>;
}
