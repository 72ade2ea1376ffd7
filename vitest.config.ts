import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Four projects, run in this order by `npm test`:
 * - unit: pure modules in Node, with WXT's fake browser for extension APIs;
 * - dom: DOM units in happy-dom (no layout, no CSS.highlights: logic only);
 * - e2e: the built extension in real Chromium, through Playwright (one browser at a time);
 * - e2e-firefox: the same flows in a stock Firefox ESR, through puppeteer over WebDriver BiDi.
 */
const e2e = {
  environment: 'node',
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 60_000,
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        plugins: [WxtVitest(), preact()],
        test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], ...e2e } },
      { test: { name: 'e2e-firefox', include: ['tests/e2e-firefox/**/*.e2e.ts'], ...e2e } },
    ],
  },
});
