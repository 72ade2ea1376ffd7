/**
 * `npm start`: serves the bundled demo page on localhost and opens it in Chromium with the
 * freshly built extension. `--headless --screenshots <dir>` writes PNGs instead of opening a
 * window (also the fallback where there is no display). Ctrl+C shuts everything down.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, INSTALL_HINT } from '../harness/chromium';
import { renderDemoPage } from '../harness/demo-page';
import { launchWithExtension } from '../harness/extension';
import { startServer } from '../harness/server';
import { takeScreenshots } from './screenshots';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
});

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let headless = values.headless;
let screenshotDir = values.screenshots;
if (!headless && !hasDisplay) {
  headless = true;
  screenshotDir ??= 'out';
  console.log('No display found: running headless and writing screenshots instead.');
}

const server = await startServer(
  (path) => (path === '/' ? { body: renderDemoPage() } : undefined),
  Number(values.port),
);
const browser = await launchWithExtension({ headless });
console.log(`Chromium: ${chromium.path} (${chromium.source})`);
console.log(`Demo page: ${server.url('/')}  (extension id ${browser.extensionId})`);

let closing = false;
async function shutdown(code = 0): Promise<never> {
  if (!closing) {
    closing = true;
    await browser.close().catch(() => undefined);
    await server.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (screenshotDir) {
  const dir = resolve(screenshotDir);
  await mkdir(dir, { recursive: true });
  try {
    const written = await takeScreenshots(browser, server.url('/'), dir);
    for (const file of written) console.log(`Wrote ${file}`);
    if (browser.blockedRequests.length > 0) {
      console.error(`Blocked requests to the network: ${browser.blockedRequests.join(', ')}`);
    }
  } catch (error) {
    console.error(error);
    await shutdown(1);
  }
  if (headless) await shutdown(0);
}

const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(server.url('/'));
console.log('Chromium is open on the demo page. Press Ctrl+C to stop.');
browser.context.on('close', () => void shutdown(0));
