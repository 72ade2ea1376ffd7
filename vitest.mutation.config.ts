import { defineConfig } from 'vitest/config';
import { unitProjects } from './vitest.units';

/**
 * The unit and dom projects alone, for mutation testing (`npm run test:mutation`): Stryker runs
 * every mutant against these, never against the browser suites, which test the built bundle.
 */
export default defineConfig({ test: { projects: [...unitProjects()] } });
