import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The unit and dom projects alone, for mutation testing (`npm run test:mutation`): Stryker runs
 * every mutant against these, never against the browser suites, which test the built bundle.
 */
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
    ],
  },
});
