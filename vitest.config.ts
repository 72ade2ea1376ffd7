import { defineConfig } from 'vitest/config';
import { unitProjects } from './vitest.units';

/**
 * Four projects, run in this order by `npm test`:
 * - unit and dom (vitest.units.ts);
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
      ...unitProjects(),
      { test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], ...e2e } },
      { test: { name: 'e2e-firefox', include: ['tests/e2e-firefox/**/*.e2e.ts'], ...e2e } },
    ],
  },
});
