// Adds up Vitest's JSON reports into the closing line `N passed, N failed`, after one line per
// report (unit, Chromium e2e, Firefox e2e) with its own counts and wall time.
// A gate step that failed before any test ran (format, lint, types, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const LABELS = { unit: 'unit and dom', e2e: 'Chromium e2e', 'e2e-firefox': 'Firefox e2e' };

const [, , ...args] = process.argv;
const status = Number(args.pop());
let passed = 0;
let failed = 0;
for (const file of args) {
  const name = basename(file, '.json');
  const label = LABELS[name] ?? name;
  if (!existsSync(file)) {
    console.log(`(${label}: did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const suiteFailed =
    report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0;
  const ended = Math.max(0, ...report.testResults.map((result) => result.endTime ?? 0));
  const seconds = Math.round((ended - report.startTime) / 1000);
  console.log(
    `(${label}: ${report.numPassedTests} tests passed and ${report.numFailedTests} failed` +
      (seconds > 0 ? `, ${seconds} s)` : ')'),
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + (suiteFailed ? 1 : 0);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
