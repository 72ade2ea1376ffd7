/**
 * `npm run test:mutation:gate`, run by `.ci/run` after `npm test`: mutation testing on what
 * changed only. If every mutated module and every test file that covered a mutant is as
 * `.stryker/incremental.json` recorded it, the stored results stand for this checkout: their
 * score is checked against the break threshold and nothing is run (a test file added since
 * can only kill more mutants). Otherwise `stryker run` runs, incrementally: only the mutants
 * whose code or covering tests changed are tested again, and Stryker applies the threshold.
 * Either way, every mutant that survives must be named in `tests/mutation/equivalent.md`
 * (judged equivalent, with the reason), and every mutant named there must still survive.
 * With `--check`, only says whether the stored results are current (exit 1 if not); with
 * `--scores`, also prints the stored score of each module.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import {
  type IncrementalReport,
  judgedIn,
  judgement,
  scoreOf,
  selectMutated,
  staleness,
  survivorsOf,
} from './mutation-results';

const EQUIVALENT_LIST = 'tests/mutation/equivalent.md';

const config = JSON.parse(readFileSync('stryker.config.json', 'utf8')) as {
  mutate: string[];
  incrementalFile: string;
  thresholds: { break: number };
};
const tracked = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n');
const mutated = selectMutated(config.mutate, tracked.filter(Boolean));
const readSource = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

const readReport = () =>
  existsSync(config.incrementalFile)
    ? (JSON.parse(readFileSync(config.incrementalFile, 'utf8')) as IncrementalReport)
    : undefined;

/** Whether every survivor of the report is judged in the list, and only survivors are. */
function judgedAsListed(results: IncrementalReport): boolean {
  const { unjudged, unknown } = judgement(
    survivorsOf(results),
    judgedIn(readSource(EQUIVALENT_LIST) ?? ''),
  );
  for (const s of unjudged) {
    console.log(`  not killed, not judged: ${s.file} ${s.at} ${s.mutator} → ${s.replacement}`);
  }
  for (const name of unknown) console.log(`  judged but no survivor (killed, or moved): ${name}`);
  const fine = unjudged.length === 0 && unknown.length === 0;
  const survivors = survivorsOf(results).length;
  console.log(
    `mutation: ${survivors} surviving mutants, ${survivors - unjudged.length} named in ` +
      `${EQUIVALENT_LIST}: ${fine ? 'passed' : 'FAILED'}`,
  );
  return fine;
}

const report = readReport();
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
  const listed = judgedAsListed(report);
  process.exit(passed && listed ? 0 : 1);
}

console.log(`mutation: running stryker incrementally (${reasons.length} changes):`);
for (const reason of reasons.slice(0, 20)) console.log(`  ${reason}`);
if (reasons.length > 20) console.log(`  … and ${reasons.length - 20} more`);
if (process.argv.includes('--check')) process.exit(1);
const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit' });
const after = readReport();
const listed = after !== undefined && judgedAsListed(after);
process.exit(run.status === 0 && listed ? 0 : 1);
