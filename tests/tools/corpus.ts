/**
 * `npm run corpus -- --pages <dir> [--out <file>] [--limit N]`: robustness of the built
 * extension on saved real pages. Each page gets names planted (tests/bench/plant-mentions.ts)
 * and is loaded from the loopback server in Chromium with the extension, once more without it
 * (to tell the page's own DOM mutations from ours), and unplanted with it. Checks: no errors
 * of ours, no DOM changes of ours, every planted mention found, nothing found on the
 * unplanted page; also records our longest slice, heap and the page's blocked requests.
 * Prints a summary, writes every page's record as JSON, exits 1 if any check failed.
 * Run `npm run build` first (the script checks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { plantMentions } from '../bench/plant-mentions';
import { CHROME_BUILD, launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';
import { checkPage, failedPage, type CorpusEnv } from './corpus/check-page';
import { launchPlain } from './corpus/plain-browser';
import { problemsOf, summarize } from './corpus/summary';
import type { CorpusRecord } from './corpus/types';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    out: { type: 'string', default: '.reports/corpus.json' },
    limit: { type: 'string' },
  },
});
if (!values.pages) {
  console.error('Usage: npm run corpus -- --pages <dir> [--out <file>] [--limit N]');
  process.exit(2);
}
if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const dir = resolve(values.pages);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.html'))
  .sort()
  .slice(0, values.limit ? Number(values.limit) : undefined);
const originals = new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
const planted = new Map([...originals].map(([file, html]) => [file, plantMentions(html)]));

const server = await startServer((path) => {
  const [, version, file = ''] = path.split('/');
  const html = version === 'planted' ? planted.get(file)?.html : originals.get(file);
  return html === undefined ? undefined : { body: html };
});
// tsx compiles with esbuild's keepNames, which wraps functions in a `__name()` helper that
// does not exist in the page when Playwright serialises them for page.evaluate.
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';
const browser = await launchWithExtension();
await browser.context.addInitScript(NAME_SHIM);
const plain = await launchPlain(NAME_SHIM);
const env: CorpusEnv = {
  browser,
  plain,
  urls: (file) => ({
    planted: server.url(`/planted/${encodeURIComponent(file)}`),
    original: server.url(`/original/${encodeURIComponent(file)}`),
  }),
};

const started = Date.now();
const records: CorpusRecord[] = [];
try {
  for (const [i, file] of files.entries()) {
    const htmlKB = Math.round(Buffer.byteLength(originals.get(file) ?? '') / 1024);
    const counts = planted.get(file)?.planted ?? {};
    const record = await checkPage(env, file, htmlKB, counts).catch((error: unknown) =>
      failedPage(file, htmlKB, counts, error),
    );
    records.push(record);
    const problems = problemsOf(record);
    console.log(
      `[${i + 1}/${files.length}] ${file}: ${problems.length ? problems.join('; ') : 'ok'}`,
    );
  }
} finally {
  await browser.close();
  await plain.close();
  await server.close();
}

const summary = summarize(records);
console.log(`\nCorpus check, ${Math.round((Date.now() - started) / 1000)} s`);
for (const line of summary.lines) console.log(`  ${line}`);
await mkdir(dirname(resolve(values.out)), { recursive: true });
await writeFile(resolve(values.out), JSON.stringify({ summary: summary.lines, records }, null, 2));
console.log(`\nWrote ${values.out}`);
process.exit(summary.ok ? 0 : 1);
