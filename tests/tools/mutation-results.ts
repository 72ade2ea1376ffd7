/**
 * Reading StrykerJS's incremental file (`.stryker/incremental.json`, a mutation-testing report):
 * the score it records, and whether it still stands for the code and tests of this checkout.
 * Used by `tests/tools/mutation-gate.ts`, which `.ci/run` runs after `npm test`.
 */

/** The parts of the incremental report read here. */
export interface IncrementalReport {
  files: Record<string, { source: string; mutants: StoredMutant[] }>;
  testFiles?: Record<string, { source?: string }>;
}

/** One mutant as the report stores it (`location` lines count from 1, columns from 0). */
export interface StoredMutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number; column: number } };
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

/** An undetected mutant, named as `tests/mutation/equivalent.md` names it: `L<line>:<column>`. */
export interface Survivor {
  file: string;
  at: string;
  status: string;
  mutator: string;
  replacement: string;
}

/** Every survivor and uncovered mutant of the report, in file order. */
export function survivorsOf(report: IncrementalReport): Survivor[] {
  return Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter((m) => UNDETECTED.has(m.status))
      .map((m) => ({
        file,
        at: `L${m.location?.start.line ?? 0}:${m.location?.start.column ?? 0}`,
        status: m.status,
        mutator: m.mutatorName ?? '',
        replacement: m.replacement ?? '',
      })),
  );
}

/**
 * The mutants a list of equivalent mutants names: under each `## <path>` heading, every
 * `L<line>:<column>` in the first cell of a table row (header and rule rows name none).
 */
export function judgedIn(markdown: string): Map<string, Set<string>> {
  const judged = new Map<string, Set<string>>();
  let names: Set<string> | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^## +(\S+)\s*$/.exec(line);
    if (heading) {
      const file = heading[1] ?? '';
      names = judged.get(file) ?? new Set<string>();
      judged.set(file, names);
    } else if (line.startsWith('|') && names) {
      const firstCell = line.split('|')[1] ?? '';
      for (const [token] of firstCell.matchAll(/\bL\d+:\d+\b/g)) names.add(token);
    }
  }
  return judged;
}

/**
 * Where the list and the results disagree: survivors the list does not name (neither killed
 * nor judged), and names in the list that are no survivor (killed since, or moved).
 */
export function judgement(
  survivors: readonly Survivor[],
  judged: ReadonlyMap<string, ReadonlySet<string>>,
): { unjudged: Survivor[]; unknown: string[] } {
  const unjudged = survivors.filter((s) => !judged.get(s.file)?.has(s.at));
  const surviving = new Set(survivors.map((s) => `${s.file} ${s.at}`));
  const unknown = [...judged].flatMap(([file, names]) =>
    [...names].filter((at) => !surviving.has(`${file} ${at}`)).map((at) => `${file} ${at}`),
  );
  return { unjudged, unknown };
}
