import { build } from 'esbuild';
import { resolve } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../fixtures/react-app';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { paintedTexts } from '../harness/page-watch';

const TICKS = 20;

describe('a server-rendered React page that hydrates and re-renders', () => {
  // Filled in before the first test; the server asks for them only when a page is loaded.
  const files = new Map<string, { body: string; type?: string }>();
  const suite = useExtensionSuite((path) => files.get(path));

  beforeAll(async () => {
    const bundle = await build({
      stdin: {
        contents: `import { createElement } from 'react';
          import { hydrateRoot } from 'react-dom/client';
          import { App } from './react-app';
          hydrateRoot(document.getElementById('root'), createElement(App, { ticks: ${TICKS} }), {
            onRecoverableError: (error) => console.error('recoverable: ' + error),
          });`,
        resolveDir: resolve(import.meta.dirname, '../fixtures'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const client = bundle.outputFiles[0]?.text ?? '';
    const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>ssr</title>
      <body><div id="root">${renderToString(createElement(App, { ticks: TICKS }))}</div>
      <script src="/app.js"></script></body></html>`;
    files.set('/', { body: html });
    files.set('/app.js', { body: client, type: 'text/javascript' });
  });

  it('hydrates without errors and the highlights follow every re-render', async () => {
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.goto(suite.server.url('/'));
    await page.locator('#status[data-done="yes"]').waitFor({ timeout: 10_000 });
    const probe = await ContentProbe.attach(page);
    const state = await probe.state();
    // h1 Kazakhstan, the last line (tick 20: "Tokayev speaks in Almaty"), 20 list items.
    expect(state.counts).toEqual({ kazakhstan: 1, tokayev: 1, almaty: 1 + TICKS });
    const painted = await paintedTexts(page);
    expect(painted['kc-almaty']).toHaveLength(1 + TICKS);
    expect(await page.locator('#line').textContent()).toBe(
      `Update ${TICKS}: Tokayev speaks in Almaty`,
    );
    expect(errors).toEqual([]);
    await probe.detach();
    await page.close();
  });
});
