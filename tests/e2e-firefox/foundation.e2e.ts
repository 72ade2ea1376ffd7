import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
} from '../harness/firefox-extension';
import { highlightSizes, waitForHighlights } from '../harness/highlights';
import { startServer, type FixtureServer } from '../harness/server';

const BASIC = `<!doctype html><meta charset="utf-8"><title>basic</title>
<p id="lead">President Tokayev spoke after the clashes in Almaty, Kazakhstan.</p>`;

describe('the built extension in Firefox', () => {
  let browser: FirefoxExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer((path) => (path === '/basic' ? { body: BASIC } : undefined));
    browser = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    expect(browser.blockedRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
    await browser.close();
    await server.close();
  });

  it('installs as a temporary add-on in Firefox 140 or newer and highlights a fixture page', async () => {
    expect(Number(/^firefox\/(\d+)/.exec(browser.version)?.[1])).toBeGreaterThanOrEqual(140);
    const page = await browser.newPage();
    await page.goto(server.url('/basic'));
    // CSS.highlights is one registry per document: the page's world sees what our script set.
    expect(await waitForHighlights(page)).toEqual({
      'kc-kazakhstan': 1,
      'kc-tokayev': 1,
      'kc-almaty': 1,
    });
    await page.close();
  });

  it('opens the popup page in a tab and renders it', async () => {
    const page = await browser.openExtensionPage('popup.html');
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Kazakhstan Context',
    );
    await page.close();
  });

  it('blocks and counts a request that would leave the machine', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/basic'));
    const before = browser.blockedRequests.length;
    const outcome = await page.evaluate(() =>
      fetch('http://192.0.2.1/probe').then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(browser.blockedRequests.slice(before)).toEqual(['http://192.0.2.1/probe']);
    browser.blockedRequests.splice(before);
    // Firefox logs the failed fetch in the page's console: expected here, and only here.
    const isProbe = (line: string) => line.includes('http://192.0.2.1/probe');
    await expect.poll(() => browser.errors.some(isProbe)).toBe(true);
    browser.errors.splice(0, browser.errors.length, ...browser.errors.filter((l) => !isProbe(l)));
    await page.close();
  });
});

describe('the Firefox harness', () => {
  it('catches errors of an extension in its background, its content script and the page log', async () => {
    // A deliberately faulty add-on: each error below must reach `errors`, or the harness could
    // not fail a test for ours.
    const dir = await mkdtemp(join(tmpdir(), 'kc-faulty-'));
    const manifest = {
      manifest_version: 3,
      name: 'faulty',
      version: '1',
      browser_specific_settings: { gecko: { id: 'faulty@kazakhstan-context.test' } },
      background: { scripts: ['background.js'] },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
    };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await writeFile(
      join(dir, 'background.js'),
      `console.error('background console error');
       setTimeout(() => { throw new Error('background throws'); });`,
    );
    await writeFile(
      join(dir, 'content.js'),
      `console.error('content console error');
       setTimeout(() => { throw new Error('content script throws'); });`,
    );
    const server = await startServer(() => ({ body: '<p>Nothing here.</p>' }));
    const faulty = await launchFirefoxWithExtension({ extensionPath: dir });
    try {
      const page = await faulty.newPage();
      await page.goto(server.url('/'));
      expect(await highlightSizes(page)).toEqual({});
      const expected = [
        /^console\.error: "background console error"$/,
        /^JavaScript error: moz-extension:\/\/[^/]+\/background\.js, line \d+: Error: background throws$/,
        /^console\.error \(moz-extension:\/\/[^)]+\/content\.js\): content console error$/,
        /^uncaught: Error: content script throws$/,
      ];
      for (let i = 0; i < 40 && !expected.every((e) => faulty.errors.some((l) => e.test(l))); i++) {
        await sleep(50);
      }
      for (const pattern of expected) {
        expect(
          faulty.errors.some((line) => pattern.test(line)),
          String(pattern),
        ).toBe(true);
      }
    } finally {
      await faulty.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
