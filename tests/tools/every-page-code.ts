/**
 * `npx tsx tests/tools/every-page-code.ts [htmlBytes] [--mentions N]`: how much of the content
 * script that every page loads actually runs on a page (the generated 2 KB page without a name
 * by default). Loads the built extension (`.output/chrome-mv3`) into Chromium, takes V8's
 * precise block coverage of the load and 3 s after it, and prints the script's bytes against
 * the bytes that ran. With a build that has source maps (`KC_SOURCEMAP=1 npx wxt build`) it
 * prints the same for each source file, largest first.
 *
 * What never runs on a page that names nobody could be loaded later, with the matcher and the
 * card (src/content/mention-parts.ts); what runs must stay in the every-page script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map-js';
import { generatePage } from '../bench/generate-page';
import { CHROME_BUILD, launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';

interface Coverage {
  url: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mentions: { type: 'string', default: '0' } },
});
const htmlBytes = Number(positionals[0] ?? 2_000);
const SCRIPT = 'content-scripts/content.js';
const file = join(CHROME_BUILD, SCRIPT);
if (!existsSync(file)) {
  console.error(`No ${file}: run npm run build first.`);
  process.exit(1);
}
const code = readFileSync(file, 'utf8');
const html = generatePage({ htmlBytes, mentions: Number(values.mentions), seed: 1 }).html;
const server = await startServer((path) => (path === '/page' ? { body: html } : undefined));
const browser = await launchWithExtension();
let coverage: Coverage | undefined;
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  await page.goto(server.url('/page'), { waitUntil: 'load' });
  await page.waitForTimeout(3_000);
  const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as { result: Coverage[] };
  coverage = result.find((script) => script.url.endsWith(`/${SCRIPT}`));
} finally {
  await browser.close();
  await server.close();
}
if (!coverage) throw new Error('The content script did not run on the page');

// V8 lists a function's whole range first, then the blocks inside it that ran a different
// number of times: later ranges overrule earlier ones over the bytes they cover.
const ran = new Uint8Array(code.length);
for (const fn of coverage.functions) {
  for (const range of fn.ranges) {
    ran.fill(range.count > 0 ? 1 : 0, range.startOffset, Math.min(range.endOffset, code.length));
  }
}
// Offsets count UTF-16 code units; sizes are UTF-8 bytes (the script holds non-ASCII letters).
const bytesOf = new Uint8Array(code.length);
for (let i = 0; i < code.length; i += 1) {
  const unit = code.charCodeAt(i);
  bytesOf[i] = unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xe000 ? 2 : 3;
}
/** UTF-8 bytes between two offsets, all of them or only those that ran. */
const bytes = (from: number, to: number, onlyRan: boolean) => {
  let total = 0;
  for (let i = from; i < to; i += 1) if (!onlyRan || ran[i]) total += bytesOf[i] ?? 0;
  return total;
};
const kb = (count: number) => `${(count / 1000).toFixed(1)} KB`;
console.log(
  `${SCRIPT}: ${kb(bytes(0, code.length, false))}; ran on the ${kb(htmlBytes)} page with ` +
    `${values.mentions} names: ${kb(bytes(0, code.length, true))}`,
);

const mapFile = `${file}.map`;
if (!existsSync(mapFile)) {
  console.log('No source map: build with KC_SOURCEMAP=1 npx wxt build for each file.');
  process.exit(0);
}
const map = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
const lineStarts = [0];
for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
const marks: { offset: number; source: string }[] = [];
map.eachMapping((m) => {
  const offset = (lineStarts[m.generatedLine - 1] ?? 0) + m.generatedColumn;
  marks.push({ offset, source: m.source ?? '(generated)' });
});
marks.sort((a, b) => a.offset - b.offset);
const bySource = new Map<string, { bytes: number; ran: number }>();
const count = (source: string, from: number, to: number) => {
  const entry = bySource.get(source) ?? { bytes: 0, ran: 0 };
  entry.bytes += bytes(from, to, false);
  entry.ran += bytes(from, to, true);
  bySource.set(source, entry);
};
// What comes before the first mapped character is the bundler's own wrapper.
count("(no source: the bundle's wrapper)", 0, marks[0]?.offset ?? code.length);
marks.forEach((mark, i) => {
  const end = marks[i + 1]?.offset ?? code.length;
  count(mark.source.replace(/^.*?\/(node_modules|src|entrypoints)\//, '$1/'), mark.offset, end);
});
console.log('   bytes      ran  source');
for (const [source, entry] of [...bySource].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`${String(entry.bytes).padStart(8)} ${String(entry.ran).padStart(8)}  ${source}`);
}
