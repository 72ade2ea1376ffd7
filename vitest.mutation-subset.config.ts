import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * One folder's unit tests (`MUTATION_TESTS`, a glob; default the matcher's), for a quicker
 * mutation run of one module: `MUTATION_TESTS='tests/unit/dossier/**' npx stryker run
 * stryker.subset.json --mutate src/dossier/validate-wording.ts`. A mutant these tests kill is
 * killed by the whole suite too, so the score is a lower bound of the full run's.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: [process.env.MUTATION_TESTS ?? 'tests/unit/matching/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
