/**
 * `npm run test:mutation:gate`, run by `.ci/run` after `npm test`: mutation testing on what
 * changed only. If every mutated module and every test file that covered a mutant is as
 * `.stryker/incremental.json` recorded it, the stored results stand for this checkout: their
 * score is checked against the break threshold and nothing is run (a test file added since
 * can only kill more mutants). Otherwise `stryker run` runs, incrementally: only the mutants
 * whose code or covering tests changed are tested again, and Stryker applies the threshold.
 * With `--check`, only says whether the stored results are current (exit 1 if not); with
 * `--scores`, also prints the stored score of each module.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type IncrementalReport, scoreOf, selectMutated, staleness } from './mutation-results';

const config = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as {
  mutate: string[];
  incrementalFile: string;
  thresholds: { break: number };
};
const tracked = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n');
const mutated = selectMutated(config.mutate, tracked.filter(Boolean));
const readSource = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

const report = existsSync(config.incrementalFile)
  ? (JSON.parse(readFileSync(config.incrementalFile, 'utf8')) as IncrementalReport)
  : undefined;
const reasons = report
  ? staleness(report, mutated, readSource)
  : [`${config.incrementalFile}: missing`];

if (report && process.argv.includes('--scores')) {
  const { byFile } = scoreOf(report);
  for (const [file, score] of [...byFile].sort((a, b) => a[0].localeCompare(b[0]))) {
    const percent = Number.isNaN(score.percent) ? 'n/a' : `${score.percent.toFixed(1)} %`;
    console.log(
      `${file.padEnd(40)} ${percent.padStart(8)}  (${score.detected} of ${score.detected + score.undetected})`,
    );
  }
}

if (report && reasons.length === 0) {
  const { total } = scoreOf(report);
  const passed = total.percent >= config.thresholds.break;
  console.log(
    `mutation: stored results current for ${mutated.length} modules; score ${total.percent.toFixed(2)} % ` +
      `(${total.detected} of ${total.detected + total.undetected} valid mutants detected; ` +
      `break threshold ${config.thresholds.break} %): ${passed ? 'passed' : 'FAILED'}`,
  );
  process.exit(passed ? 0 : 1);
}

console.log(`mutation: running stryker incrementally (${reasons.length} changes):`);
for (const reason of reasons.slice(0, 20)) console.log(`  ${reason}`);
if (reasons.length > 20) console.log(`  … and ${reasons.length - 20} more`);
if (process.argv.includes('--check')) process.exit(1);
const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
