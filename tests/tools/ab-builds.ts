/**
 * `npx tsx tests/tools/ab-builds.ts [--mentions N] [--rounds N] <build> <build> …`: compares
 * builds of the extension (copies of `.output/chrome-mv3`) on the generated 1.5 MB page with N
 * names (default 0). Rounds take the builds in turn, each in a fresh browser, so that a
 * machine's slow minutes fall on all of them; each round loads the page twice and keeps the
 * second load's extension JS (CPU profile at 100 µs, as `npm run bench`). Prints each build's
 * figures and their median.
 */
import { parseArgs } from 'node:util';
import { ownCostOfLoad } from '../bench/cpu-profile';
import { generatePage } from '../bench/generate-page';
import { launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';

const { values, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: {
    mentions: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '4' },
  },
});
if (builds.length === 0) {
  console.error('Give the folders of two or more builds.');
  process.exit(1);
}
const html = generatePage({
  htmlBytes: 1_500_000,
  mentions: Number(values.mentions),
  seed: 3,
}).html;
const server = await startServer((path) => (path === '/page' ? { body: html } : undefined));
const figures = new Map<string, number[]>(builds.map((build) => [build, []]));
try {
  for (let round = 0; round < Number(values.rounds); round += 1) {
    for (const build of builds) {
      const browser = await launchWithExtension({ extensionPath: build });
      try {
        await ownCostOfLoad(browser, server.url('/page'), 4_000); // the first load warms up
        figures
          .get(build)
          ?.push((await ownCostOfLoad(browser, server.url('/page'), 4_000)).totalMs);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await server.close();
}
for (const [build, ms] of figures) {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
  console.log(`${build}: ${ms.map((m) => m.toFixed(0)).join(' ')} ms; median ${median.toFixed(0)}`);
}
