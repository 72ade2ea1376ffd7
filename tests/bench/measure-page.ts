import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { ContentProbe } from '../harness/content-probe';
import type { ExtensionBrowser } from '../harness/extension';
import { ownCost, type CpuProfile } from './cpu-profile';

const MARK_JS = readFileSync(
  createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
  'utf8',
);

/** Every figure the benchmark reports for one page. */
export interface PageFigures {
  page: string;
  textKB: number;
  textNodes: number;
  planted: number;
  found: number;
  painted: number;
  /** Scan + register, by the scanner's own clock (sum of its slices). */
  scanMs: number;
  /** Scan + register again in the same page (code already compiled): the warm figure. */
  warmScanMs: number;
  /** Everything of ours during the load, from the CPU profile (start-up included). */
  extensionMs: number;
  floorMs: number;
  /** mark.js `mark(names)`, the usual way to mark a list of names, plus the layout it forces. */
  markJsMs: number;
  /** mark.js `markRegExp()` with our own compiled pattern: mark.js at its fastest. */
  markJsRegExpMs: number;
  longestSliceMs: number;
  /** The scanner's own measure of its longest slice (the profile may merge back-to-back slices). */
  ownSliceMs: number;
  longTasksOurs: number;
  longTasksAll: number;
  hitTestUs: number;
  heapGrowthKB: number;
}

/** The floor: one TreeWalker pass over the text nodes plus one RegExp pass over their text. */
function floorPass(source: string): { ms: number; nodes: number; chars: number } {
  const pattern = new RegExp(source, 'giu');
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  let hits = 0;
  // Text that the scanner never reads either (code, styles) is left out of the floor too.
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
 * Loads `url` under a CPU profile, waits for the scan to finish, and measures our cost, the
 * floor in the same page, hit tests and heap; then mark.js on a second load of the same page.
 */
export async function measurePage(
  browser: ExtensionBrowser,
  url: string,
  name: string,
  planted: number,
  patternSource: string,
  names: string[],
): Promise<PageFigures> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      w.__longTasks += list.getEntries().length;
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const probe = await ContentProbe.attach(page);
  const state = await probe.state();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const cost = ownCost(profile, `chrome-extension://${browser.extensionId}/`);

  const floor = await page.evaluate(floorPass, patternSource);
  const hitTestUs = await hitTestCost(page, probe);
  const heapGrowthKB = await heapGrowth(cdp, probe);
  const warmScanMs = (await probe.state()).scanMs - state.scanMs;
  const longTasksAll = await page.evaluate(
    () => (window as unknown as { __longTasks: number }).__longTasks,
  );
  await probe.detach();
  await page.close();

  const markJs = {
    names: await markJsCost(browser, url, { names }),
    regExp: await markJsCost(browser, url, { patternSource }),
  };
  const found = Object.values(state.counts).reduce((a, b) => a + b, 0);
  return {
    page: name,
    textKB: Math.round(floor.chars / 1024),
    textNodes: floor.nodes,
    planted,
    found,
    painted: state.painted,
    scanMs: state.scanMs,
    warmScanMs,
    extensionMs: cost.totalMs,
    floorMs: floor.ms,
    markJsMs: markJs.names,
    markJsRegExpMs: markJs.regExp,
    longestSliceMs: cost.longestSliceMs,
    ownSliceMs: state.longestSliceMs,
    longTasksOurs: cost.longRuns,
    longTasksAll,
    hitTestUs,
    heapGrowthKB,
  };
}

/** Mean cost of our hover hit test over a painted mention in view, in µs. */
async function hitTestCost(page: Page, probe: ContentProbe): Promise<number> {
  const point = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kc-')) continue;
      for (const r of highlight) {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  });
  if (!point) return Number.NaN;
  return probe.evaluate<number>(`(() => {
    const h = globalThis.__kazakhstanContext;
    if (h.hitTest(${point.x}, ${point.y}) === null) return NaN;
    const start = performance.now();
    for (let i = 0; i < 1000; i++) h.hitTest(${point.x}, ${point.y} + (i % 3));
    return (performance.now() - start);
  })()`);
}

/** JS heap kept by our index and ranges: after a scan minus after turning off, both after GC. */
async function heapGrowth(cdp: CDPSession, probe: ContentProbe): Promise<number> {
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  };
  await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(false)');
  const off = await used();
  await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(true)');
  await probe.state();
  const on = await used();
  return Math.round((on - off) / 1024);
}

/** mark.js marking the same names in a fresh load of the same page: its call plus layout. */
async function markJsCost(
  browser: ExtensionBrowser,
  url: string,
  what: { names?: string[]; patternSource?: string },
): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const probe = await ContentProbe.attach(page);
  await probe.state();
  // Our observer would otherwise record every element mark.js inserts, inside its timed call.
  await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(false)');
  await probe.detach();
  await page.addScriptTag({ content: MARK_JS });
  const ms = await page.evaluate(({ names, patternSource }) => {
    interface MarkJs {
      mark(names: string[], options: object): void;
      markRegExp(pattern: RegExp, options: object): void;
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
    const marker = new Mark(document.body);
    if (names) marker.mark(names, options);
    else marker.markRegExp(new RegExp(patternSource ?? '', 'giu'), options);
    return end - start;
  }, what);
  await page.close();
  return ms;
}
