/**
 * Reading StrykerJS's incremental file (`.stryker/incremental.json`, a mutation-testing report):
 * the score it records, and whether it still stands for the code and tests of this checkout.
 * Used by `tests/tools/mutation-gate.ts`, which `.ci/run` runs after `npm test`.
 */

/** The parts of the incremental report read here. */
export interface IncrementalReport {
  files: Record<string, { source: string; mutants: { status: string }[] }>;
  testFiles?: Record<string, { source?: string }>;
}

/** Statuses that count as detected, and those that count against the score (Stryker's own). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Detected ÷ valid mutants, per file and over all, in percent (NaN where none is valid). */
export interface Score {
  detected: number;
  undetected: number;
  percent: number;
}

const percentOf = (detected: number, undetected: number) =>
  detected + undetected === 0 ? Number.NaN : (100 * detected) / (detected + undetected);

/** Stryker's mutation score: compile errors and ignored mutants are not valid mutants. */
export function scoreOf(report: IncrementalReport): { total: Score; byFile: Map<string, Score> } {
  const byFile = new Map<string, Score>();
  let detected = 0;
  let undetected = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const found = mutants.filter((m) => DETECTED.has(m.status)).length;
    const missed = mutants.filter((m) => UNDETECTED.has(m.status)).length;
    byFile.set(file, { detected: found, undetected: missed, percent: percentOf(found, missed) });
    detected += found;
    undetected += missed;
  }
  return { total: { detected, undetected, percent: percentOf(detected, undetected) }, byFile };
}

/**
 * A `mutate` glob of Stryker's config as a RegExp over paths with `/`: `**` spans folders,
 * `*` and `?` stay within one name; everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob.charAt(i);
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The files of `paths` that Stryker's `mutate` patterns select (`!` patterns exclude). */
export function selectMutated(patterns: readonly string[], paths: readonly string[]): string[] {
  const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  return paths.filter(
    (path) => include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path)),
  );
}

/** Why the stored results no longer stand for this checkout (empty: they do). */
export function staleness(
  report: IncrementalReport,
  mutated: readonly string[],
  readSource: (path: string) => string | undefined,
): string[] {
  const reasons: string[] = [];
  for (const file of mutated) {
    const stored = report.files[file];
    if (!stored) reasons.push(`${file}: no stored results`);
    else if (stored.source !== readSource(file)) reasons.push(`${file}: changed`);
  }
  for (const file of Object.keys(report.files)) {
    if (!mutated.includes(file)) reasons.push(`${file}: no longer mutated`);
  }
  for (const [file, { source }] of Object.entries(report.testFiles ?? {})) {
    const now = readSource(file);
    if (now === undefined) reasons.push(`${file}: test file gone`);
    else if (source !== undefined && source !== now) reasons.push(`${file}: test file changed`);
  }
  return reasons;
}
