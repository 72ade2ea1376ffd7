import type { Page } from 'playwright-core';
import { ownCost, type CpuProfile } from '../bench/cpu-profile';

/** Our share of a page's main thread over a window of time (from a V8 CPU profile). */
export interface OwnShare {
  windowMs: number;
  /** Sampled time with one of our frames on the stack, in ms. */
  ownMs: number;
  /** ownMs / windowMs. */
  share: number;
  /** Longest run of our samples, in ms. */
  longestMs: number;
}

/**
 * Profiles the page for `windowMs` while `during` runs (e.g. a storm the page plays), and adds
 * up the samples with an extension frame on the stack (see tests/bench/cpu-profile.ts).
 */
export async function measureOwnShare(
  page: Page,
  extensionId: string,
  windowMs: number,
): Promise<OwnShare> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.waitForTimeout(windowMs);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const elapsed = Date.now() - started;
  await cdp.detach();
  const cost = ownCost(profile, `chrome-extension://${extensionId}/`);
  return {
    windowMs: elapsed,
    ownMs: cost.totalMs,
    share: cost.totalMs / elapsed,
    longestMs: cost.longestSliceMs,
  };
}
