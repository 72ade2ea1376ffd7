import type { ExtensionBrowser } from '../../harness/extension';
import { loadWithExtension, loadWithoutExtension, scanWithExtension } from './loads';
import { mutationsBeyond } from './mutation-diff';
import type { PlainBrowser } from './plain-browser';
import { EMPTY_COUNTS, type CorpusRecord, type Counts } from './types';

/** The two browsers of a run and where the fixture server serves one page. */
export interface CorpusEnv {
  browser: ExtensionBrowser;
  plain: PlainBrowser;
  /** URL of the planted and of the original version of a page. */
  urls(page: string): { planted: string; original: string };
}

/** Loads without the extension at most this often to tell the page's own mutations from ours. */
const BASELINE_LOADS = 3;

/**
 * Checks one page: the planted version with the extension (counts, errors, slice, heap, DOM,
 * blocked requests), the same without the extension (the page's own mutations, loaded again
 * while a difference remains, up to BASELINE_LOADS), and the original with the extension.
 */
export async function checkPage(
  env: CorpusEnv,
  page: string,
  htmlKB: number,
  planted: Counts,
): Promise<CorpusRecord> {
  const urls = env.urls(page);
  const load = await loadWithExtension(env.browser, urls.planted);
  const baselines = [await loadWithoutExtension(env.plain, urls.planted)];
  const beyond = () =>
    mutationsBeyond(
      load.record.mutations,
      baselines.map((b) => b.mutations),
    );
  const baselineChangedHtml = () => baselines.some((b) => b.changedHtml);
  while (
    baselines.length < BASELINE_LOADS &&
    (beyond().length > 0 || (load.record.changedHtml && !baselineChangedHtml()))
  ) {
    baselines.push(await loadWithoutExtension(env.plain, urls.planted));
  }
  const original = await scanWithExtension(env.browser, urls.original);
  return {
    page,
    htmlKB,
    planted,
    found: load.state.indexedCounts,
    shown: load.state.counts,
    unplantedFound: original.state.indexedCounts,
    errors: {
      ours: [...load.errors.ours, ...original.errors.ours],
      page: load.errors.theirs.length,
    },
    dom: {
      changedHtml: load.record.changedHtml,
      baselineChangedHtml: baselineChangedHtml(),
      mutations: load.record.mutations.length,
      baselineMutations: Math.max(...baselines.map((b) => b.mutations.length)),
      ours: beyond(),
    },
    longestSliceMs: load.finalState.longestSliceMs,
    scanMs: load.state.scanMs,
    heap: load.heap,
    blockedRequests: load.blockedRequests,
  };
}

/** The record of a page that could not be checked. */
export function failedPage(
  page: string,
  htmlKB: number,
  planted: Counts,
  error: unknown,
): CorpusRecord {
  return {
    page,
    htmlKB,
    failure: error instanceof Error ? error.message.split('\n')[0] : String(error),
    planted,
    found: EMPTY_COUNTS,
    shown: EMPTY_COUNTS,
    unplantedFound: EMPTY_COUNTS,
    errors: { ours: [], page: 0 },
    dom: {
      changedHtml: false,
      baselineChangedHtml: false,
      mutations: 0,
      baselineMutations: 0,
      ours: [],
    },
    longestSliceMs: 0,
    scanMs: 0,
    heap: { offKB: 0, onKB: 0, growthKB: 0 },
    blockedRequests: 0,
  };
}
