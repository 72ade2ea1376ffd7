import type { AliasGroup } from '@/src/dossier/types';

/** An alias group for tests: Latin, with a source and no spelling, changed by `change`. */
export const group = (change: Partial<AliasGroup>): AliasGroup => ({
  language: 'Test',
  script: 'Latin',
  usedBy: 'tests',
  spellings: [],
  ...change,
});
