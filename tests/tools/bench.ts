/**
 * `npm run bench [-- --pages <dir>] [--out <file>]`: speed and memory of scanning and painting
 * in real Chromium with the built extension, against the floor and mark.js on the same pages.
 * Prints a table and writes JSON. Run `npm run build` first (the script checks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITIES } from '../../src/dossier/entities';
import { compileMatcher, formsOf } from '../../src/matching/compile-matcher';
import { generatePage } from '../bench/generate-page';
import { measurePage, type PageFigures } from '../bench/measure-page';
import { plantMentions } from '../bench/plant-mentions';
import { printTable, summarize } from '../bench/report';
import { CHROME_BUILD, launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    out: { type: 'string', default: '.reports/bench.json' },
    limit: { type: 'string' },
  },
});

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const SIZES = [
  { name: 'generated 100 KB / 100', bytes: 100_000, mentions: 100 },
  { name: 'generated 1 MB / 1,000', bytes: 1_000_000, mentions: 1_000 },
  { name: 'generated 5 MB / 5,000', bytes: 5_000_000, mentions: 5_000 },
];

const pages = new Map<string, { html: string; planted: number; name: string }>();
for (const [i, size] of SIZES.entries()) {
  const page = generatePage(size.bytes, size.mentions, i + 1);
  pages.set(`/generated/${i}`, { html: page.html, planted: size.mentions, name: size.name });
}
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

const server = await startServer((path) => {
  const page = pages.get(path);
  return page ? { body: page.html } : undefined;
});
const browser = await launchWithExtension();
// tsx compiles with esbuild's keepNames, which wraps functions in a `__name()` helper that
// does not exist in the page when Playwright serialises them for page.evaluate.
await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
const pattern = compileMatcher(ENTITIES).pattern.source;
const names = ENTITIES.flatMap(formsOf);
const results: PageFigures[] = [];
try {
  for (const [path, page] of pages) {
    try {
      results.push(
        await measurePage(browser, server.url(path), page.name, page.planted, pattern, names),
      );
    } catch (error) {
      console.error(`${page.name}: ${(error as Error).message}`);
    }
    if (path.startsWith('/generated/')) printTable(results.slice(-1));
  }
} finally {
  await browser.close();
  await server.close();
}

const generated = results.filter((r) => r.page.startsWith('generated'));
const corpus = results.filter((r) => !r.page.startsWith('generated'));
console.log('\nGenerated pages');
printTable(generated);
if (corpus.length > 0) {
  console.log(`\nReal pages (${corpus.length}, mentions planted)`);
  printTable(corpus, 15);
}
const summary = summarize(generated, corpus, browser.blockedRequests.length);
console.log('\nAgainst the targets');
for (const line of summary.lines) console.log(`  ${line}`);
await mkdir(dirname(resolve(values.out)), { recursive: true });
await writeFile(resolve(values.out), JSON.stringify({ results, summary }, null, 2));
console.log(`\nWrote ${values.out}`);
