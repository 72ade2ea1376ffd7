import type { CorpusRecord, Counts } from './types';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const total = (counts: Counts) => sum(Object.values(counts));
const tenths = (ms: number) => Math.round(ms * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The record with the largest `value`, and that value. */
function largest(records: CorpusRecord[], value: (r: CorpusRecord) => number) {
  const top = records.reduce<CorpusRecord | undefined>(
    (best, r) => (!best || value(r) > value(best) ? r : best),
    undefined,
  );
  return top ? `${value(top)} (${top.page})` : 'n/a';
}

/** Every entity of either side has the same count on both. */
function sameCounts(a: Counts, b: Counts): boolean {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every(
    (id) => (a[id] ?? 0) === (b[id] ?? 0),
  );
}

/** Whether the extension changed the page's DOM: records beyond the page's own, or its HTML. */
export const domChangedByUs = (r: CorpusRecord) =>
  r.dom.ours.length > 0 || (r.dom.changedHtml && !r.dom.baselineChangedHtml);

/** What is wrong with one page; empty when it passes every check. */
export function problemsOf(r: CorpusRecord): string[] {
  if (r.failure) return [`not checked: ${r.failure}`];
  const problems: string[] = [];
  if (r.errors.ours.length > 0) problems.push(`errors of ours: ${r.errors.ours.length}`);
  if (domChangedByUs(r)) problems.push(`DOM changes of ours: ${r.dom.ours.join(', ') || 'HTML'}`);
  if (!sameCounts(r.found, r.planted)) {
    problems.push(`found ${JSON.stringify(r.found)} ≠ planted ${JSON.stringify(r.planted)}`);
  }
  if (total(r.unplantedFound) > 0) {
    problems.push(`false positives ${JSON.stringify(r.unplantedFound)}`);
  }
  return problems;
}

const names = (records: CorpusRecord[]) =>
  records.length ? ` (${records.map((r) => r.page).join(', ')})` : '';

/** The printed summary of a run; `ok` is false when any page failed a check. */
export function summarize(records: CorpusRecord[]): { lines: string[]; ok: boolean } {
  const checked = records.filter((r) => !r.failure);
  const failed = records.filter((r) => r.failure);
  const miscounted = checked.filter((r) => !sameCounts(r.found, r.planted));
  const falsePositive = checked.filter((r) => total(r.unplantedFound) > 0);
  const erring = checked.filter((r) => r.errors.ours.length > 0);
  const changing = checked.filter(domChangedByUs);
  const pageErrors = checked.filter((r) => r.errors.page > 0);
  const blocked = checked.filter((r) => r.blockedRequests > 0);
  const growth = checked.map((r) => r.heap.growthKB);
  const lines = [
    `Pages tried: ${records.length}; checked: ${checked.length}; not checked: ${failed.length}${names(failed)}`,
    `Mentions planted: ${sum(checked.map((r) => total(r.planted)))}; found: ${sum(checked.map((r) => total(r.found)))}; pages where found ≠ planted: ${miscounted.length}${names(miscounted)}`,
    `Of those found, in rendered text (counted for the reader): ${sum(checked.map((r) => total(r.shown)))}; the rest planted into hidden text on ${checked.filter((r) => total(r.shown) < total(r.found)).length} pages`,
    `False positives (found on unplanted pages): ${sum(falsePositive.map((r) => total(r.unplantedFound)))} on ${falsePositive.length} pages${names(falsePositive)}`,
    `Pages with errors of ours: ${erring.length}${names(erring)}; the pages' own errors: ${sum(checked.map((r) => r.errors.page))} on ${pageErrors.length} pages`,
    `Pages with DOM changes of ours: ${changing.length}${names(changing)}; pages whose own scripts changed the DOM: ${checked.filter((r) => r.dom.baselineMutations > 0).length}`,
    `Longest slice of ours: max ${largest(checked, (r) => tenths(r.longestSliceMs))} ms; median ${tenths(median(checked.map((r) => r.longestSliceMs)))} ms`,
    `Heap, highlighting off → on (after GC): median ${median(checked.map((r) => r.heap.offKB))} KB → ${median(checked.map((r) => r.heap.onKB))} KB; growth median ${median(growth)} KB, max ${largest(checked, (r) => r.heap.growthKB)} KB`,
    `Blocked page requests: ${sum(checked.map((r) => r.blockedRequests))} on ${blocked.length} pages`,
  ];
  const ok =
    failed.length + miscounted.length + falsePositive.length + erring.length + changing.length ===
    0;
  return { lines, ok };
}
