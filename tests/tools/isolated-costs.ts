/**
 * `npx tsx tests/tools/isolated-costs.ts [-- htmlBytes]`: what the parts of a scan cost a
 * content script, on the generated page without a name (1.5 MB by default). Each part runs in
 * a new isolated world of a fresh load (as a content script runs), in plain Chromium without
 * the extension, three loads each; the page world's figure is printed beside it.
 *
 * Every DOM node a script touches gets a JS wrapper of that world's own: the first walk over a
 * page's elements pays for one per element, and the page world (the floor's) may pay less.
 */
import { chromium } from 'playwright-core';
import { FIRST_PASS_PLAIN } from '../../src/matching/first-pass.generated';
import { generatePage } from '../bench/generate-page';
import { findChromium } from '../harness/chromium';
import { startServer } from '../harness/server';

const PARTS: Record<string, string> = {
  'walk every element (SHOW_ELEMENT)': `const walker = document.createTreeWalker(document.body, 1);
    let n = 0; while (walker.nextNode()) n += 1; return n;`,
  'walk, and read each first child': `const walker = document.createTreeWalker(document.body, 1);
    let n = 0, e; while ((e = walker.nextNode())) { const f = e.firstChild; if (f && f.nodeType === 3 && f.length > 65536) n += 1; } return n;`,
  'walk, and read the text of leaves': `const walker = document.createTreeWalker(document.body, 1);
    let n = 0, e; while ((e = walker.nextNode())) { if (e.childElementCount === 0 && e.textContent.length > 65536) n += 1; } return n;`,
  'walk every text node, reading its data': `const walker = document.createTreeWalker(document.body, 4);
    let n = 0, t; while ((t = walker.nextNode())) n += t.data.length; return n;`,
  "read the body's text (one Range)": `const range = document.createRange();
    range.selectNodeContents(document.body); return range.toString().length;`,
  'read in 500-element chunks, cut by index': `const all = document.body.getElementsByTagName('*');
    const range = document.createRange(); range.setStart(document.body, 0); let n = 0;
    for (let i = 500; ; i += 500) {
      if (i < all.length) range.setEnd(all[i], 0);
      else range.setEnd(document.body, document.body.childNodes.length);
      n += range.toString().length;
      if (i >= all.length) return n;
      range.setStart(all[i], 0);
    }`,
  'find custom elements (one XPath query)': `return document.evaluate(
    ".//*[contains(local-name(), '-')]", document.body, null, 7, null).snapshotLength;`,
  'find empty built-in hosts (one query)': `return document.body.querySelectorAll(
    ':is(article,aside,blockquote,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span):empty').length;`,
  "the prefilter's pattern over that text": `const range = document.createRange();
    range.selectNodeContents(document.body); const text = range.toString();
    const first = new RegExp(PATTERN, 'giu'); const start = performance.now(); let n = 0;
    while (first.exec(text)) n += 1; return -(performance.now() - start);`,
};

const bytes = Number(process.argv[2] ?? 1_500_000);
const html = generatePage({ htmlBytes: bytes, mentions: 0, seed: 2 }).html;
const server = await startServer((path) => (path === '/page' ? { body: html } : undefined));
const found = findChromium();
if (!found) throw new Error('No Chromium found');
const browser = await chromium.launch({ executablePath: found.path });

/** ms of `body` in a fresh load, in the page's world or a new isolated one. */
async function timeOnce(body: string, isolated: boolean): Promise<number> {
  const page = await browser.newPage();
  await page.goto(server.url('/page'));
  const expression = `(() => { const PATTERN = ${JSON.stringify(FIRST_PASS_PLAIN)};
    const start = performance.now(); const r = (() => { ${body} })();
    return r < 0 ? -r : performance.now() - start; })()`;
  let ms: number;
  if (isolated) {
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'costs',
    });
    const answer = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.executionContextId,
      returnByValue: true,
    });
    ms = answer.result.value as number;
  } else {
    ms = await page.evaluate(expression);
  }
  await page.close();
  return ms;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
console.log(`Generated page of ${bytes} bytes, no name; median of 3 fresh loads, ms`);
console.log(`${'part'.padEnd(42)} isolated world   page world`);
try {
  for (const [name, body] of Object.entries(PARTS)) {
    const isolated: number[] = [];
    const main: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      isolated.push(await timeOnce(body, true));
      main.push(await timeOnce(body, false));
    }
    const cell = (values: number[]) => median(values).toFixed(1).padStart(14);
    console.log(`${name.padEnd(42)}${cell(isolated)}${cell(main)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
