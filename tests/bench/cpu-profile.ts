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

/** A profile's nodes by id, each node's caller, and its samples with their durations. */
export interface ProfileWalk {
  byId: Map<number, CpuProfile['nodes'][number]>;
  parent: Map<number, number>;
  /** Each sample's node and the time it stands for, in µs: until the next one (V8's
   * `timeDeltas[i + 1]`). */
  samples: { id: number; us: number }[];
}

export function walkProfile(profile: CpuProfile): ProfileWalk {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  const samples = (profile.samples ?? []).map((id, i) => ({
    id,
    us: Math.max(0, deltas[i + 1] ?? 0),
  }));
  return { byId, parent, samples };
}

/** Adds up the samples whose stack holds a frame from `urlPrefix` (e.g. `chrome-extension://id/`). */
export function ownCost(profile: CpuProfile, urlPrefix: string): OwnCost {
  const { byId, parent, samples } = walkProfile(profile);
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
  let totalUs = 0;
  let runUs = 0;
  let longestUs = 0;
  let longRuns = 0;
  const endRun = () => {
    if (runUs >= 50_000) longRuns += 1;
    longestUs = Math.max(longestUs, runUs);
    runUs = 0;
  };
  for (const { id, us } of samples) {
    if (isOurs(id)) {
      totalUs += us;
      runUs += us;
    } else endRun();
  }
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
