import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { bundledMatcher } from '../../../src/matching/bundled-matcher';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { buildFirstPass } from '../../../src/matching/first-pass';
import { FIRST_PASS } from '../../../src/matching/first-pass.generated';

describe('the generated first pass', () => {
  it('is up to date with the aliases (else run `npx tsx tests/tools/first-pass.ts`)', () => {
    expect(FIRST_PASS).toEqual(buildFirstPass(ENTITIES));
  });

  it('gives the bundled matcher the same mentions as one built at run time', () => {
    const text =
      'Tokayev in Almaty; Kasach\u00adstan, Казахстані, 哈萨克斯坦, كازاخستان, son Timur Tokayev.';
    expect(bundledMatcher().find(text)).toEqual(compileMatcher(ENTITIES).find(text));
    expect(bundledMatcher().find(text)).toHaveLength(6);
  });

  it('is one short pattern: the full aliases are checked only where it finds a start', () => {
    expect(FIRST_PASS.source.length).toBeLessThan(2_000);
    expect(FIRST_PASS.groups.length).toBeGreaterThan(50);
  });
});
