import type { PageFigures } from './measure-page';

const fixed = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';

/** The median of each numeric figure over several loads of one page (the page's name kept). */
export function medianFigures(runs: readonly PageFigures[]): PageFigures {
  const first = runs[0];
  if (!first) throw new Error('no runs');
  const median = (values: number[]) => {
    const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN) : NaN;
  };
  const out = { ...first };
  for (const key of Object.keys(first) as (keyof PageFigures)[]) {
    if (typeof first[key] === 'number') {
      (out as Record<string, unknown>)[key] = median(runs.map((r) => r[key] as number));
    }
  }
  return out;
}

/** Prints figures as an aligned table; `limit` keeps the table short for the saved pages. */
export function printTable(rows: PageFigures[], limit = Infinity): void {
  const header = [
    'page',
    'text KB',
    'nodes',
    'planted',
    'found',
    'painted',
    'scan ms',
    'ext JS ms',
    'floor ms',
    'ext÷floor',
    'iso floor ms',
    'ext÷iso',
    'mark.js ms',
    'mark÷ext',
    'own task ms',
    'prof. run ms',
    'long ours/all',
    'hit µs',
  ];
  const body = rows
    .slice(0, limit)
    .map((r) => [
      r.page.slice(0, 28),
      String(r.textKB),
      String(r.textNodes),
      String(r.planted),
      String(r.found),
      String(r.painted),
      fixed(r.scanMs),
      fixed(r.extensionMs),
      fixed(r.floorMs),
      fixed(r.extensionMs / r.floorMs, 2),
      fixed(r.isolatedFloorMs),
      fixed(r.extensionMs / r.isolatedFloorMs, 2),
      fixed(r.markJsMs),
      fixed(r.markJsMs / r.extensionMs, 1),
      fixed(r.ownTaskMs),
      fixed(r.longestRunMs),
      `${r.longTasksOurs}/${r.longTasksAll}`,
      fixed(r.hitTestUs, 1),
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

/** Names of the generated pages the targets refer to. */
export const PAGE_NAMES = {
  small: '2 KB, no mention',
  none: '1.5 MB, no mention',
  thousand: '1.5 MB, 1,000 mentions',
  huge: '10 MB, no mention',
  oneNode: 'one 10 MB text node',
} as const;

/** The targets of issue 12 (DESIGN.md, "Budgets"), each line saying met or MISSED. */
export function summarize(
  generated: PageFigures[],
  corpus: PageFigures[],
  everyPageScriptKB: number,
  blocked: number,
) {
  const all = [...generated, ...corpus];
  const find = (name: string) => generated.find((r) => r.page === name);
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED'); // NaN comparisons are false: missed
  const none = find(PAGE_NAMES.none);
  const small = find(PAGE_NAMES.small);
  const thousand = find(PAGE_NAMES.thousand);
  const noneRatio = none ? none.extensionMs / none.floorMs : NaN;
  const smallMs = small?.extensionMs ?? NaN;
  const thousandRatio = thousand ? thousand.extensionMs / thousand.floorMs : NaN;
  const markRatio = thousand ? thousand.markJsMs / thousand.extensionMs : NaN;
  const ownTask = all.length ? Math.max(...all.map((r) => r.ownTaskMs)) : NaN;
  const profiledRun = all.length ? Math.max(...all.map((r) => r.longestRunMs)) : NaN;
  const longTasks = all.reduce((n, r) => n + r.longTasksOurs, 0);
  const missedCounts = all.filter((r) => r.found !== r.planted).map((r) => r.page);
  const lines = [
    `${PAGE_NAMES.none}: extension JS ${fixed(noneRatio, 2)}× the floor (target ≤ 0.5×) — ${check(noneRatio <= 0.5)}`,
    `${PAGE_NAMES.small}: extension JS ${fixed(smallMs, 2)} ms (target ≤ 2 ms) — ${check(smallMs <= 2)}`,
    `${PAGE_NAMES.thousand}: extension JS ${fixed(thousandRatio, 2)}× the floor (target ≤ 1.3×) — ${check(thousandRatio <= 1.3)}`,
    `${PAGE_NAMES.thousand}: mark.js ÷ ours ${fixed(markRatio, 1)}× (target ≥ 30×) — ${check(markRatio >= 30)}`,
    `longest task of ours, every page: ${fixed(ownTask)} ms by our clock (target ≤ 10) — ${check(ownTask <= 10)}; longest run in the profile ${fixed(profiledRun)} ms (back-to-back slices merge there)`,
    `long tasks (≥ 50 ms) of ours, every page: ${longTasks} (target 0) — ${check(all.length > 0 && longTasks === 0)}`,
    `content script loaded on every page: ${fixed(everyPageScriptKB)} KB minified (target ≤ 30) — ${check(everyPageScriptKB <= 30)}`,
    `pages where found ≠ planted: ${missedCounts.length}${missedCounts.length ? ` (${missedCounts.slice(0, 5).join(', ')})` : ''}`,
    `saved pages: median extension JS ÷ floor ${fixed(median(corpus.map((r) => r.extensionMs / r.floorMs)), 2)}, median mark.js ÷ ours ${fixed(median(corpus.map((r) => r.markJsMs / r.extensionMs)), 1)}`,
    `requests to the network blocked (the saved pages' own images and scripts; the extension makes none): ${blocked}`,
  ];
  return { noneRatio, smallMs, thousandRatio, markRatio, ownTask, longTasks, missedCounts, lines };
}
