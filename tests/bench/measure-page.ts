import type { Page } from 'playwright-core';
import { ContentProbe } from '../harness/content-probe';
import type { ExtensionBrowser } from '../harness/extension';
import { ownCost, type CpuProfile } from './cpu-profile';
import { floorPass, isolatedFloorPass, markJsCost } from './baselines';

/** Every figure the benchmark reports for one load of one page. */
export interface PageFigures {
  page: string;
  textKB: number;
  textNodes: number;
  planted: number;
  found: number;
  painted: number;
  /** The scanner's own clock: the sum of its slices (reading, matching, painting). */
  scanMs: number;
  /** Everything of ours on the main thread during the load, from the CPU profile. */
  extensionMs: number;
  floorMs: number;
  /** The same floor in a new isolated world, where content scripts run (baselines.ts). */
  isolatedFloorMs: number;
  /** mark.js `mark(names)` on the same page, plus the layout it forces (NaN: not run). */
  markJsMs: number;
  /** Longest run of consecutive profile samples of ours (back-to-back slices merge into one). */
  longestRunMs: number;
  /** Our longest task by the extension's own clock (start-up, slices, the late start). */
  ownTaskMs: number;
  /** Runs of ours of 50 ms or more in the profile. */
  longTasksOurs: number;
  /** Long tasks of the whole page (Long Tasks API). */
  longTasksAll: number;
  /** Mean hover hit test over a painted mention, in µs (NaN without one). */
  hitTestUs: number;
}

/** What to measure besides the load itself. */
export interface MeasureOptions {
  /** The compiled pattern of the floor's per-node RegExp pass. */
  patternSource: string;
  /** Names for mark.js; mark.js is not run when undefined (a page without mentions). */
  names?: string[];
}

/**
 * Loads `url` under a CPU profile (100 µs sampling, started before navigation, stopped once
 * the extension is idle) and measures our cost, then the floor and a hit test in the same
 * page, and mark.js on a second load.
 */
export async function measurePage(
  browser: ExtensionBrowser,
  url: string,
  name: string,
  planted: number,
  options: MeasureOptions,
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

  const floor = await page.evaluate(floorPass, options.patternSource);
  const isolatedFloor = await isolatedFloorPass(cdp, options.patternSource);
  const hitTestUs = state.painted > 0 ? await hitTestCost(page, probe) : Number.NaN;
  const longTasksAll = await page.evaluate(
    () => (window as unknown as { __longTasks: number }).__longTasks,
  );
  await probe.detach();
  await cdp.detach();
  await page.close();

  const markJsMs = options.names ? await markJsCost(browser, url, options.names) : Number.NaN;
  return {
    page: name,
    textKB: Math.round(floor.chars / 1024),
    textNodes: floor.nodes,
    planted,
    found: Object.values(state.counts).reduce((a, b) => a + b, 0),
    painted: state.painted,
    scanMs: state.scanMs,
    extensionMs: cost.totalMs,
    floorMs: floor.ms,
    isolatedFloorMs: isolatedFloor.ms,
    markJsMs,
    longestRunMs: cost.longestSliceMs,
    ownTaskMs: state.longestSliceMs,
    longTasksOurs: cost.longRuns,
    longTasksAll,
    hitTestUs,
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
