/**
 * `npx tsx tests/tools/profile-load.ts [--bytes N] [--mentions N] [--loads N] [--top N]`: where the
 * extension's main-thread time goes on the generated page (1.5 MB with 1,000 names by
 * default). Loads the built extension (`.output/chrome-mv3`) into Chromium, warms up with one
 * load, then profiles N more (CPU profile at 100 µs, as `npm run bench`) and prints, per load:
 *
 * - self: each function of ours with the time on top of the stack, a browser function it
 *   called (a DOM call, a RegExp) counted as its own and named in brackets;
 * - inclusive: each function of ours with the time it was anywhere on the stack;
 *
 * the `top` (30) largest of each.
 *
 * Functions are named by source file and line when the build has source maps
 * (`KC_SOURCEMAP=1 npx wxt build`), else by the built file and the minified name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map-js';
import { profileLoad, walkProfile, type CpuProfile } from '../bench/cpu-profile';
import { generatePage } from '../bench/generate-page';
import { CHROME_BUILD, launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';

const { values } = parseArgs({
  options: {
    bytes: { type: 'string', default: '1500000' },
    mentions: { type: 'string', default: '1000' },
    loads: { type: 'string', default: '3' },
    top: { type: 'string', default: '30' },
  },
});
const loads = Number(values.loads);
const html = generatePage({
  htmlBytes: Number(values.bytes),
  mentions: Number(values.mentions),
  seed: 3,
}).html;

const maps = new Map<string, SourceMapConsumer | null>();
/** The source map of a built file of ours, if the build has one. */
function mapOf(file: string): SourceMapConsumer | null {
  if (!maps.has(file)) {
    const path = join(CHROME_BUILD, `${file}.map`);
    maps.set(
      file,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null,
    );
  }
  return maps.get(file) ?? null;
}

/** Where a profile node's function is, or undefined when it is not ours. */
function placeOf(frame: CpuProfile['nodes'][number]['callFrame'], prefix: string) {
  if (!frame.url.startsWith(prefix)) return undefined;
  const file = frame.url.slice(prefix.length);
  const name = frame.functionName || '(anonymous)';
  const map = mapOf(file);
  if (!map) return `${file}:${frame.lineNumber + 1} ${name}`;
  const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  const source = (at.source ?? file).replace(/^.*?\/(node_modules|src|entrypoints)\//, '$1/');
  return `${source}:${at.line ?? '?'} ${name}`;
}

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
const add = (into: Map<string, number>, key: string, ms: number) =>
  into.set(key, (into.get(key) ?? 0) + ms);

const server = await startServer((path) => (path === '/page' ? { body: html } : undefined));
const browser = await launchWithExtension();
try {
  const url = server.url('/page');
  const prefix = `chrome-extension://${browser.extensionId}/`;
  await profileLoad(browser, url, 4_000); // warms up the browser and the extension
  for (let load = 0; load < loads; load += 1) {
    const { byId, parent, samples } = walkProfile(await profileLoad(browser, url, 4_000));
    for (const { id, us } of samples) {
      const ms = us / 1000;
      const stack: (string | undefined)[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = byId.get(at);
        if (node) stack.push(placeOf(node.callFrame, prefix));
      }
      const ours = stack.findIndex((place) => place !== undefined);
      if (ours < 0) continue;
      total += ms;
      const top = byId.get(id)?.callFrame.functionName || '(native)';
      add(self, ours === 0 ? `${stack[0]}` : `${stack[ours]} > [${top.slice(0, 40)}]`, ms);
      for (const place of new Set(stack)) if (place) add(inclusive, place, ms);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const top = Number(values.top);
const print = (title: string, figures: Map<string, number>) => {
  console.log(title);
  for (const [key, ms] of [...figures].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(ms / loads).toFixed(1).padStart(8)}  ${key}`);
  }
};
console.log(
  `${values.bytes} bytes, ${values.mentions} names: extension JS ${(total / loads).toFixed(1)} ms ` +
    `per load (mean of ${loads})`,
);
print('self ms per load', self);
print('inclusive ms per load', inclusive);
