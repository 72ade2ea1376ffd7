import type { ExtensionBrowser } from '../harness/extension';

/** The parts of a V8 CPU profile (CDP `Profiler.stop`) the benchmark reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Our share of a profile: time with one of our frames on the stack, and its longest run. */
export interface OwnCost {
  /** Sampled main-thread time (ms) with an extension frame anywhere on the stack. */
  totalMs: number;
  /** Longest run of consecutive such samples (ms): our longest slice. */
  longestSliceMs: number;
  /** Runs of 50 ms or more: long tasks of ours. */
  longRuns: number;
}

/**
 * Adds up the samples whose stack holds a frame from `urlPrefix` (e.g. `chrome-extension://id/`).
 * A sample stands for the time until the next one (V8's `timeDeltas[i + 1]`).
 */
export function ownCost(profile: CpuProfile, urlPrefix: string): OwnCost {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      Boolean(node?.callFrame.url.startsWith(urlPrefix)) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  let runUs = 0;
  let longestUs = 0;
  let longRuns = 0;
  const endRun = () => {
    if (runUs >= 50_000) longRuns += 1;
    longestUs = Math.max(longestUs, runUs);
    runUs = 0;
  };
  samples.forEach((id, i) => {
    const duration = Math.max(0, deltas[i + 1] ?? 0);
    if (isOurs(id)) {
      totalUs += duration;
      runUs += duration;
    } else endRun();
  });
  endRun();
  return { totalMs: totalUs / 1000, longestSliceMs: longestUs / 1000, longRuns };
}

/**
 * A CPU profile (100 µs) of one load of `url` in a new tab, from before navigation until
 * `settleMs` after the load event.
 */
export async function profileLoad(
  browser: ExtensionBrowser,
  url: string,
  settleMs: number,
): Promise<CpuProfile> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  await page.close();
  return profile;
}

/** Our share of one load of `url` in a new tab ({@link profileLoad}). */
export async function ownCostOfLoad(
  browser: ExtensionBrowser,
  url: string,
  settleMs: number,
): Promise<OwnCost> {
  const profile = await profileLoad(browser, url, settleMs);
  return ownCost(profile, `chrome-extension://${browser.extensionId}/`);
}
