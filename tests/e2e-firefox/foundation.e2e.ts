import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../harness/firefox-extension';
import { waitForHighlights } from '../harness/highlights';
import { useFirefoxSuite } from '../harness/firefox-suite';
import { startServer } from '../harness/server';

const BASIC = `<!doctype html><meta charset="utf-8"><title>basic</title>
<p id="lead">President Tokayev spoke after the clashes in Almaty, Kazakhstan.</p>`;

describe('the built extension in Firefox', () => {
  const suite = useFirefoxSuite({ '/basic': BASIC });

  it('installs as a temporary add-on in Firefox 140 or newer and highlights a fixture page', async () => {
    expect(Number(/^firefox\/(\d+)/.exec(suite.browser.version)?.[1])).toBeGreaterThanOrEqual(140);
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/basic'));
    // CSS.highlights is one registry per document: the page's world sees what our script set.
    expect(await waitForHighlights(page)).toEqual({
      'kc-kazakhstan': 1,
      'kc-tokayev': 1,
      'kc-almaty': 1,
    });
    await page.close();
  });

  it('opens the popup page in a tab and renders it', async () => {
    const page = await suite.browser.openExtensionPage('popup.html');
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Kazakhstan Context',
    );
    await page.close();
  });

  it('blocks and counts a request that would leave the machine', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url('/basic'));
    const before = suite.browser.blockedRequests.length;
    const outcome = await page.evaluate(() =>
      fetch('http://192.0.2.1/probe').then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(suite.browser.blockedRequests.slice(before)).toEqual(['http://192.0.2.1/probe']);
    suite.browser.blockedRequests.splice(before);
    // Firefox logs the failed fetch in the page's console: expected here, and only here.
    const isProbe = (line: string) => line.includes('http://192.0.2.1/probe');
    await expect.poll(() => suite.browser.errors.some(isProbe)).toBe(true);
    suite.browser.errors.splice(
      0,
      suite.browser.errors.length,
      ...suite.browser.errors.filter((l) => !isProbe(l)),
    );
    await page.close();
  });
});

/**
 * Writes a deliberately faulty add-on: its background and content script each log an error,
 * throw, and send a request off the machine.
 */
async function writeFaultyAddOn(dir: string): Promise<void> {
  const manifest = {
    manifest_version: 3,
    name: 'faulty',
    version: '1',
    browser_specific_settings: { gecko: { id: 'faulty@kazakhstan-context.test' } },
    background: { scripts: ['background.js'] },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
  };
  const misbehave = (where: string) => `console.error('${where} console error');
    fetch('http://192.0.2.1/from-${where}').catch(() => {});
    setTimeout(() => { throw new Error('${where} throws'); });`;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), misbehave('background'));
  await writeFile(join(dir, 'content.js'), misbehave('content'));
}

describe('the Firefox harness', () => {
  it('catches what an add-on does wrong: errors and requests, from its background and content script', async () => {
    // Each of these must be caught, or the harness could not fail a test for our extension.
    const dir = await mkdtemp(join(tmpdir(), 'kc-faulty-'));
    await writeFaultyAddOn(dir);
    const server = await startServer(() => ({ body: '<p>Nothing here.</p>' }));
    const faulty = await launchFirefoxWithExtension({ extensionPath: dir });
    try {
      const page = await faulty.newPage();
      await page.goto(server.url('/'));
      const errors = [
        /^console\.error: "background console error"$/,
        /^JavaScript error: moz-extension:\/\/[^/]+\/background\.js, line \d+: Error: background throws$/,
        /^console\.error \(moz-extension:\/\/[^)]+\/content\.js\): content console error$/,
        /^uncaught: Error: content throws$/,
      ];
      const requests = [
        // The tab's request, caught over BiDi; the background's, which no tab makes, by the
        // proxy trap (Firefox upgrades it to https, so only the host shows).
        /^http:\/\/192\.0\.2\.1\/from-content$/,
        /^192\.0\.2\.1:443 \(proxy tunnel\)$|^http:\/\/192\.0\.2\.1\/from-background \(proxy\)$/,
      ];
      const caught = (pattern: RegExp, lines: string[]) => lines.some((line) => pattern.test(line));
      await expect
        .poll(() => [
          ...errors.map((pattern) => caught(pattern, faulty.errors)),
          ...requests.map((pattern) => caught(pattern, faulty.blockedRequests)),
        ])
        .toEqual([true, true, true, true, true, true]);
    } finally {
      await faulty.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
