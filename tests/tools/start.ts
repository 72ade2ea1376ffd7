/**
 * `npm start`: builds the extension, serves the bundled demo page on localhost and opens it in
 * Chromium (default) or, with `--browser firefox`, in Firefox, with the extension.
 * `--headless --screenshots <dir>` writes PNGs instead of opening a window (also the fallback
 * where there is no display). Ctrl+C shuts everything down.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, INSTALL_HINT } from '../harness/chromium';
import { renderDemoPage } from '../harness/demo-page';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../harness/firefox';
import { startServer } from '../harness/server';
import { openChromium, openFirefox, type DemoBrowser } from './demo-browsers';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'chromium' },
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
});

const firefox = values.browser === 'firefox';
if (!firefox && values.browser !== 'chromium') {
  console.error(`--browser must be chromium or firefox, not ${values.browser}`);
  process.exit(1);
}
const found = firefox ? findFirefox() : findChromium();
if (!found) {
  console.error(firefox ? FIREFOX_INSTALL_HINT : INSTALL_HINT);
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

const wxt = resolve(import.meta.dirname, '../../node_modules/.bin/wxt');
execFileSync(wxt, firefox ? ['build', '-b', 'firefox', '--mv3'] : ['build'], { stdio: 'inherit' });

const server = await startServer(
  (path) => (path === '/' ? { body: renderDemoPage() } : undefined),
  Number(values.port),
);
const browser: DemoBrowser = firefox ? await openFirefox(headless) : await openChromium(headless);
console.log(`${browser.name}: ${found.path} (${found.source})`);
console.log(`Demo page: ${server.url('/')}  (extension at ${browser.extensionOrigin})`);

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
    const written = await browser.takeScreenshots(server.url('/'), dir);
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

await browser.openDemo(server.url('/'));
console.log(`${browser.name} is open on the demo page. Press Ctrl+C to stop.`);
browser.onClose(() => void shutdown(0));
