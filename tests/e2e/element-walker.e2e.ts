import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ElementWalkerModule from '../../src/page/element-walker';
import { findChromium } from '../harness/chromium';

// The walker's resume relies on live Ranges following DOM removals, which happy-dom does not
// implement; this runs the real module in real Chromium (no extension needed).
describe('element walker in Chromium', () => {
  let browser: Browser;
  let walkerSource: string;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [resolve(import.meta.dirname, '../../src/page/element-walker.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'ElementWalkerModule',
      write: false,
    });
    walkerSource = bundle.outputFiles[0]?.text ?? '';
    const executablePath = findChromium()?.path;
    browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
  });

  afterAll(async () => {
    await browser.close();
  });

  it.each([
    ['forward', false, ['one', 'two', 'four', 'five', 'end']],
    ['backward', true, ['end', 'five', 'four', 'two', 'one']],
  ])(
    'carries on %s when the page removes the element it stopped at',
    async (_d, backward, expected) => {
      const page = await browser.newPage();
      await page.setContent(
        '<p>one</p><p>two</p><p id="x">three</p><p>four</p><p>five</p><p id="end">end</p>',
      );
      await page.addScriptTag({ content: walkerSource });
      const seen = await page.evaluate((back) => {
        const { ElementWalker } = (
          window as unknown as { ElementWalkerModule: typeof ElementWalkerModule }
        ).ElementWalkerModule;
        const start = back ? document.getElementById('end') : null;
        const walker = new ElementWalker(document.body, back, start);
        const out: string[] = back ? ['end'] : [];
        for (let element = walker.next(); element; element = walker.next()) {
          const text = element.textContent ?? '';
          out.push(text);
          // Between two slices (the scanner pauses the walk), the page removes the paragraph
          // the walker stands on.
          walker.pause();
          if (text === (back ? 'four' : 'two')) element.remove();
          if (text === (back ? 'five' : 'one')) document.getElementById('x')?.remove();
        }
        return out;
      }, backward);
      expect(seen).toEqual(expected);
      await page.close();
    },
  );
});
