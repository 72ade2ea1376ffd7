/**
 * `npm run bench [-- --pages <dir>] [--runs N] [--out <file>] [--limit N] [--only storms]`: our cost in real
 * Chromium with the built extension, against the floor and mark.js on the same pages: a 2 KB
 * page and a 1.5 MB page with no mention, the 1.5 MB page with 1,000 mentions, a 10 MB page
 * with none, and saved pages with names planted. Each page is loaded `runs` times (default 3)
 * and the median of each figure is printed; then the two mutation-storm pages each play their
 * storm for 10 s and our share of the main thread and longest run are printed. JSON goes to
 * `out`. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITIES } from '../../src/dossier/entities';
import { compileMatcher, formsOf } from '../../src/matching/compile-matcher';
import { generatePage } from '../bench/generate-page';
import { measureMinimalScript } from '../bench/measure-minimal';
import { measurePage, type PageFigures } from '../bench/measure-page';
import { measureStorm, printStorms, type StormFigures } from '../bench/measure-storm';
import {
  LONG_LINE_PAGES,
  measureLongLine,
  printLongLines,
  type LongLineFigures,
} from '../bench/measure-long-line';
import { plantMentions } from '../bench/plant-mentions';
import { MOVING_SUBTREE_PAGE, TEXT_STORM_PAGE } from '../fixtures/storm-pages';
import { medianFigures, PAGE_NAMES, printTable, summarize } from '../bench/report';
import { CHROME_BUILD, launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: '.reports/bench.json' },
    limit: { type: 'string' },
    // `--only storms`: the mutation-storm pages alone.
    only: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
};
const everyPageBytes = (manifest.content_scripts ?? [])
  .flatMap((script) => script.js ?? [])
  .reduce((sum, file) => sum + statSync(join(CHROME_BUILD, file)).size, 0);

interface BenchPage {
  html: string;
  planted: number;
  name: string;
}
const pages = new Map<string, BenchPage>();
const GENERATED = [
  { name: PAGE_NAMES.small, htmlBytes: 2_000, mentions: 0 },
  { name: PAGE_NAMES.none, htmlBytes: 1_500_000, mentions: 0 },
  { name: PAGE_NAMES.thousand, htmlBytes: 1_500_000, mentions: 1_000 },
  { name: PAGE_NAMES.huge, htmlBytes: 10_000_000, mentions: 0 },
];
for (const [i, spec] of GENERATED.entries()) {
  const page = generatePage({ htmlBytes: spec.htmlBytes, mentions: spec.mentions, seed: i + 1 });
  pages.set(`/generated/${i}`, { html: page.html, planted: spec.mentions, name: spec.name });
}
// A page whose script puts 10 MB of text (no name) into one text node: huge nodes are searched
// in pieces, so no slice of ours may grow with the node.
pages.set(`/generated/${GENERATED.length}`, {
  name: PAGE_NAMES.oneNode,
  planted: 0,
  html:
    '<!doctype html><html><body><pre id="log"></pre><script>' +
    "document.getElementById('log').textContent = 'the market opened flat today; '.repeat(333334);" +
    '</script></body></html>',
});
if (values.pages) {
  const dir = resolve(values.pages);
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files.slice(0, values.limit ? Number(values.limit) : undefined)) {
    const planted = plantMentions(readFileSync(join(dir, file), 'utf8'));
    pages.set(`/corpus/${file}`, {
      html: planted.html,
      planted: planted.total,
      name: basename(file, '.html'),
    });
  }
}

if (values.only === 'storms') pages.clear();
const STORMS = new Map([
  ['/storm/moving', { html: MOVING_SUBTREE_PAGE, name: 'hidden 20k-paragraph subtree moved' }],
  ['/storm/text', { html: TEXT_STORM_PAGE, name: '1,001 text edits per frame' }],
]);
const server = await startServer((path) => {
  const page = pages.get(path) ?? STORMS.get(path) ?? LONG_LINE_PAGES.get(path);
  return page ? { body: page.html } : undefined;
});
// The reference first, in a browser of its own (closed before ours starts).
const minimalMs =
  values.only === 'storms'
    ? Number.NaN
    : await measureMinimalScript(server.url('/generated/0'), runs);
const browser = await launchWithExtension();
// tsx compiles with esbuild's keepNames, which wraps functions in a `__name()` helper that
// does not exist in the page when Playwright serialises them for page.evaluate.
await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
const patternSource = compileMatcher(ENTITIES).pattern.source;
const names = ENTITIES.flatMap(formsOf);
const results: PageFigures[] = [];
const storms: StormFigures[] = [];
const longLines: LongLineFigures[] = [];
try {
  for (const [path, page] of pages) {
    const loads: PageFigures[] = [];
    for (let run = 0; run < runs; run += 1) {
      try {
        // mark.js takes seconds per load: once per page is enough for its ratio.
        const withMark = page.planted > 0 && run === 0;
        const options = { patternSource, ...(withMark ? { names } : {}) };
        loads.push(await measurePage(browser, server.url(path), page.name, page.planted, options));
      } catch (error) {
        console.error(`${page.name}: ${(error as Error).message}`);
      }
    }
    if (loads.length > 0) results.push(medianFigures(loads));
    if (path.startsWith('/generated/')) printTable(results.slice(-1));
  }
  for (const [path, storm] of STORMS) {
    storms.push(await measureStorm(browser, server.url(path), storm.name, 10_000));
  }
  if (values.only !== 'storms') {
    for (const [path, page] of LONG_LINE_PAGES) {
      longLines.push(await measureLongLine(browser, server.url(path), page.name));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const generated = results.filter((r) => Object.values(PAGE_NAMES).some((name) => name === r.page));
const corpus = results.filter((r) => !generated.includes(r));
console.log(`\nGenerated pages (median of ${runs} loads)`);
printTable(generated);
if (corpus.length > 0) {
  console.log(`\nSaved pages (${corpus.length}, mentions planted; median of ${runs} loads)`);
  printTable(corpus, 15);
}
printStorms(storms);
printLongLines(longLines);
const summary = summarize(generated, corpus, everyPageBytes / 1000, browser.blockedRequests.length);
console.log('\nAgainst the targets');
for (const line of summary.lines) console.log(`  ${line}`);
const partsFile = join(CHROME_BUILD, 'mention-parts.js');
if (existsSync(partsFile)) {
  const partsKB = (statSync(partsFile).size / 1000).toFixed(1);
  console.log(`  loaded only at a page's first possible mention (matcher, card): ${partsKB} KB`);
}
console.log(
  `  reference: a content script that only reads the 2 KB page once, runs the prefilter over ` +
    `it and reads one setting costs ${minimalMs.toFixed(1)} ms by the same measure ` +
    `(tests/bench/measure-minimal.ts)`,
);
await mkdir(dirname(resolve(values.out)), { recursive: true });
await writeFile(
  resolve(values.out),
  JSON.stringify({ runs, results, storms, longLines, minimalMs, summary }, null, 2),
);
console.log(`\nWrote ${values.out}`);
