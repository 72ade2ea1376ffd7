// Adds up Vitest's JSON reports into the closing line `N passed, N failed`.
// A gate step that failed before any test ran (format, lint, types, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [, , ...args] = process.argv;
const status = Number(args.pop());
let passed = 0;
let failed = 0;
for (const file of args) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed +=
    report.numFailedTests +
    (report.numTotalTestSuites > 0 && !report.success && report.numFailedTests === 0 ? 1 : 0);
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
