import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../harness/extension-suite';
import { waitForHighlights } from '../harness/highlights';
import { screenshotDir } from '../harness/screenshot-dir';

const SCREENSHOTS = screenshotDir('chromium');

const THREE_NAMES = `<!doctype html><html lang="en"><meta charset="utf-8"><title>three</title>
<p>Protests in Kazakhstan; Tokayev spoke; gunfire in Almaty.</p></html>`;

/** Chrome's popup is at most 600 px tall; its width is the popup's own (360 px). */
const POPUP = { width: 360, maxHeight: 600 };

interface WorkerCommands {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

describe('the popup’s first view in Chromium', () => {
  let tabId: number;

  const suite = useExtensionSuite(
    (path) => (path === '/three' ? { body: THREE_NAMES } : undefined),
    { viewport: { width: 1000, height: 700 } },
  );
  beforeAll(async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('/three'));
    await waitForHighlights(page);
    tabId = await suite.browser.tabIdOf(page);
  });

  /** Opens the popup for the page, in a window as wide as the browser's popup. */
  async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const popup = await suite.browser.context.newPage();
    await popup.emulateMedia({ colorScheme });
    // A short window: the document's height is then its content's, as in the real popup.
    await popup.setViewportSize({ width: POPUP.width, height: 200 });
    await popup.goto(suite.browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.getByRole('button', { name: /Next mention of Almaty/ }).waitFor();
    await popup.locator('.shortcuts').waitFor();
    return popup;
  }

  it('fits the browser’s 600 px popup at 360 px wide, on a page naming all three', async () => {
    const popup = await openPopup();
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`popup height at 360 px: ${height} px`);
    expect(height).toBeLessThanOrEqual(POPUP.maxHeight);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBe(POPUP.width);
    await popup.setViewportSize({ width: POPUP.width, height });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png') });
    await popup.close();
  });

  it('puts the switches and Options first, with few Tab stops before the facts', async () => {
    const popup = await openPopup();
    const stops: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      await popup.keyboard.press('Tab');
      const name = await popup.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body) return '';
        const label = a.closest('label')?.textContent ?? '';
        return (a.getAttribute('aria-label') ?? (label || a.textContent) ?? '').trim();
      });
      if (!name || stops.includes(name)) break;
      stops.push(name);
    }
    console.log(`popup tab stops: ${stops.length}: ${stops.join(' | ')}`);
    expect(stops.slice(0, 3)).toEqual([
      'Options',
      'Highlight on 127.0.0.1',
      'Highlight on all sites',
    ]);
    expect(stops.length).toBeLessThanOrEqual(14);
    await popup.close();
  });

  it('lists the keyboard shortcuts the browser has, a rebinding included', async () => {
    const worker = await suite.browser.worker();
    const fromBrowser = async () =>
      (
        await worker.evaluate(() =>
          (globalThis as unknown as { chrome: WorkerCommands }).chrome.commands.getAll(),
        )
      ).filter((command) => command.name && !command.name.startsWith('_'));
    const shown = async () => {
      const popup = await openPopup();
      const cells = await popup.locator('.shortcuts dt, .shortcuts dd').allTextContents();
      await popup.close();
      return cells;
    };
    const expected = async () =>
      (await fromBrowser()).flatMap((c) => [
        c.name === 'next-mention' ? 'Next mention' : 'Previous mention',
        c.shortcut || 'not set',
      ]);
    expect(await shown()).toEqual(await expected());

    // The reader gives "Next mention" a key in the browser's own shortcut page.
    const settings = await suite.browser.context.newPage();
    await settings.goto('chrome://extensions/shortcuts');
    const inputs = settings.locator('cr-shortcut-input');
    await expect.poll(() => inputs.count()).toBe(3); // the toolbar button's, then ours
    await inputs.nth(1).locator('#edit').click();
    await settings.keyboard.press('Alt+Shift+J');
    await expect
      .poll(async () => (await fromBrowser()).find((c) => c.name === 'next-mention')?.shortcut)
      .toBe('Alt+Shift+J');
    await settings.close();
    const after = await shown();
    expect(after).toEqual(await expected());
    expect(after.slice(0, 2)).toEqual(['Next mention', 'Alt+Shift+J']);
  });
});
