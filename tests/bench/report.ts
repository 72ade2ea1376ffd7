import type { PageFigures } from './measure-page';

const fixed = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';

/** Prints figures as an aligned table; `limit` keeps the table short for the corpus. */
export function printTable(rows: PageFigures[], limit = Infinity): void {
  const header = [
    'page',
    'text KB',
    'planted',
    'found',
    'painted',
    'scan ms',
    'all ours ms',
    'floor ms',
    '×floor',
    'warm scan',
    '×floor',
    'mark.js ms',
    '÷ scan',
    'markRegExp ms',
    '÷ scan',
    'slice ms',
    'own slice',
    'long tasks',
    'hit µs',
    'heap KB',
  ];
  const body = rows
    .slice(0, limit)
    .map((r) => [
      r.page.slice(0, 28),
      String(r.textKB),
      String(r.planted),
      String(r.found),
      String(r.painted),
      fixed(r.scanMs),
      fixed(r.extensionMs),
      fixed(r.floorMs),
      fixed(r.scanMs / r.floorMs, 2),
      fixed(r.warmScanMs),
      fixed(r.warmScanMs / r.floorMs, 2),
      fixed(r.markJsMs),
      fixed(r.markJsMs / r.scanMs, 1),
      fixed(r.markJsRegExpMs),
      fixed(r.markJsRegExpMs / r.scanMs, 1),
      fixed(r.longestSliceMs),
      fixed(r.ownSliceMs),
      `${r.longTasksOurs}/${r.longTasksAll}`,
      fixed(r.hitTestUs, 1),
      String(r.heapGrowthKB),
    ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of body) console.log(line(row));
  if (rows.length > limit) console.log(`… ${rows.length - limit} more in the JSON`);
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN) : NaN;
};

/** The targets of DESIGN.md, checked on the ~1 MB page and over every page. */
export function summarize(generated: PageFigures[], corpus: PageFigures[], blocked: number) {
  const all = [...generated, ...corpus];
  const mb = generated.find((r) => r.page.includes('1 MB'));
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED'); // NaN comparisons are false: missed
  const floorRatio = mb ? mb.scanMs / mb.floorMs : NaN;
  const warmFloorRatio = mb ? mb.warmScanMs / mb.floorMs : NaN;
  const markRatio = mb ? mb.markJsMs / mb.scanMs : NaN;
  // The scanner's own clock: the profile cannot see a yield that resumes within one sample.
  const longestSlice = all.length ? Math.max(...all.map((r) => r.ownSliceMs)) : NaN;
  const longestProfiled = all.length ? Math.max(...all.map((r) => r.longestSliceMs)) : NaN;
  const longTasks = all.reduce((n, r) => n + r.longTasksOurs, 0);
  const hits = all.map((r) => r.hitTestUs).filter(Number.isFinite);
  const hit = hits.length ? Math.max(...hits) : NaN;
  const missedCounts = all.filter((r) => r.found !== r.planted).map((r) => r.page);
  const lines = [
    `1 MB page, scan + register vs floor: ${fixed(floorRatio, 2)}× (target ≤ 2×) — ${check(floorRatio <= 2)}`,
    `1 MB page, warm re-scan vs floor: ${fixed(warmFloorRatio, 2)}× (target ≤ 2×) — ${check(warmFloorRatio <= 2)}`,
    `1 MB page, mark.js mark(names) ÷ ours: ${fixed(markRatio, 1)}× (target ≥ 20×) — ${check(markRatio >= 20)}`,
    `longest slice of ours, all pages: ${fixed(longestSlice)} ms by our clock (target ≤ 10) — ${check(longestSlice <= 10)}; longest run in the profile ${fixed(longestProfiled)} ms`,
    `long tasks of ours, all pages: ${longTasks} (target 0) — ${check(all.length > 0 && longTasks === 0)}`,
    `hit test, worst page: ${fixed(hit, 1)} µs (target ≤ 100) — ${check(hit <= 100)}`,
    `pages where found ≠ planted: ${missedCounts.length}${missedCounts.length ? ` (${missedCounts.slice(0, 5).join(', ')})` : ''}`,
    `corpus: median ×floor ${fixed(median(corpus.map((r) => r.scanMs / r.floorMs)), 2)}, median mark.js ÷ ours ${fixed(median(corpus.map((r) => r.markJsMs / r.scanMs)), 1)}`,
    `requests to the network blocked (the saved pages' own images and scripts; the extension makes none): ${blocked}`,
  ];
  return {
    floorRatio,
    markRatio,
    longestSlice,
    longTasks,
    hitTestUsMax: hit,
    missedCounts,
    blocked,
    lines,
  };
}
