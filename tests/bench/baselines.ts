import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession } from 'playwright-core';
import { ContentProbe } from '../harness/content-probe';
import type { ExtensionBrowser } from '../harness/extension';

const MARK_JS = readFileSync(
  createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
  'utf8',
);

/**
 * The floor, run in the page: one SHOW_TEXT TreeWalker pass over the body's text nodes plus
 * one pass of our compiled RegExp over each node's text. Text the scanner never reads (code,
 * styles) is left out of the floor too.
 */
export function floorPass(source: string): { ms: number; nodes: number; chars: number } {
  const pattern = new RegExp(source, 'giu');
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  let hits = 0;
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped.has(node.parentNode?.nodeName ?? '')) continue;
    const text = (node as Text).data;
    nodes += 1;
    chars += text.length;
    pattern.lastIndex = 0;
    while (pattern.exec(text)) hits += 1;
  }
  const ms = performance.now() - start;
  return { ms: hits >= 0 ? ms : -1, nodes, chars };
}

/**
 * The same floor run as a content script runs: in an isolated world, new for each call so that
 * no wrapper of an earlier pass (or of our scan) is left in it. Every node a world reads gets a
 * JS wrapper of that world's; the page's own world keeps them on the node, an isolated world in
 * a table of weak handles, which costs several times more to make and to collect. The floor
 * above runs in the page's world, as a page script (or a tool) would.
 */
export async function isolatedFloorPass(
  cdp: CDPSession,
  source: string,
): Promise<ReturnType<typeof floorPass>> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: `floor ${Math.random()}`,
  });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    // `__name`: the helper tsx's keepNames wraps functions in (see tests/tools/bench.ts).
    expression: `((__name) => (${floorPass.toString()})(${JSON.stringify(source)}))((f) => f)`,
    contextId: executionContextId,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`isolated floor: ${exceptionDetails.text}`);
  return result.value as ReturnType<typeof floorPass>;
}

/**
 * mark.js marking `names` in a fresh load of `url` (our extension switched off for that page
 * first, so that our observer does not record the elements it inserts): its `mark()` call plus
 * the layout it forces, timed in the page.
 */
export async function markJsCost(
  browser: ExtensionBrowser,
  url: string,
  names: string[],
): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const probe = await ContentProbe.attach(page);
  await probe.state();
  await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(false)');
  await probe.detach();
  await page.addScriptTag({ content: MARK_JS });
  const ms = await page.evaluate((list) => {
    interface MarkJs {
      mark(names: string[], options: object): void;
    }
    const Mark = (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark;
    const start = performance.now();
    let end = start;
    const options = {
      exclude: ['script', 'style', 'noscript', 'textarea', 'svg', 'math', 'select', 'option'],
      separateWordSearch: false,
      accuracy: 'exactly',
      done: () => {
        void document.body.offsetHeight;
        end = performance.now();
      },
    };
    new Mark(document.body).mark(list, options);
    return end - start;
  }, names);
  await page.close();
  return ms;
}
