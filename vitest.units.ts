import preact from '@preact/preset-vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The unit and dom projects, shared by `vitest.config.ts` (npm test) and
 * `vitest.mutation.config.ts` (npm run test:mutation, which runs these alone):
 * - unit: pure modules in Node, with WXT's fake browser for extension APIs;
 * - dom: DOM units in happy-dom (no layout, no CSS.highlights: logic only).
 */
export function unitProjects(): TestProjectInlineConfiguration[] {
  return [
    {
      plugins: [WxtVitest(), preact()],
      test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
    },
    {
      plugins: [WxtVitest(), preact()],
      test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
    },
  ];
}
