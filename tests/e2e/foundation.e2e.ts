import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../harness/extension-suite';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', name));

describe('the built extension in Chromium', () => {
  const suite = useExtensionSuite((path) =>
    path === '/basic.html' ? { body: fixture('basic.html') } : undefined,
  );

  it('runs the content script on a fixture page', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/basic.html'));
    // CSS.highlights is one registry per document, shared by the page and our isolated world.
    await expect
      .poll(() =>
        page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('kc-'))),
      )
      .not.toEqual([]);
    await page.close();
  });

  it('opens the popup page and renders it', async () => {
    const page = await suite.browser.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kazakhstan Context');
    await page.close();
  });

  it('blocks and counts a request that would leave the machine', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/basic.html'));
    const before = suite.browser.blockedRequests.length;
    await page.evaluate(() => fetch('http://192.0.2.1/probe').catch(() => undefined));
    expect(suite.browser.blockedRequests.slice(before)).toEqual(['http://192.0.2.1/probe']);
    suite.browser.blockedRequests.splice(before);
    await page.close();
  });
});
