import { describe, expect, it } from 'vitest';
import {
  globToRegExp,
  type IncrementalReport,
  scoreOf,
  selectMutated,
  staleness,
} from '../../tools/mutation-results';

const mutants = (statuses: Record<string, number>) =>
  Object.entries(statuses).flatMap(([status, count]) => Array(count).fill({ status }));

describe('the score of stored mutation results', () => {
  it('counts killed and timed-out mutants as detected, survivors and uncovered ones as missed, and no others', () => {
    const report: IncrementalReport = {
      files: {
        'src/a.ts': {
          source: '',
          mutants: mutants({ Killed: 6, Timeout: 2, Survived: 1, NoCoverage: 1, CompileError: 9 }),
        },
        'src/b.ts': { source: '', mutants: mutants({ Killed: 9, Survived: 1, Ignored: 4 }) },
        'src/c.ts': { source: '', mutants: mutants({ CompileError: 2 }) },
      },
    };
    const { total, byFile } = scoreOf(report);
    expect(total).toEqual({ detected: 17, undetected: 3, percent: 85 });
    expect(byFile.get('src/a.ts')?.percent).toBe(80);
    expect(byFile.get('src/b.ts')?.percent).toBe(90);
    expect(byFile.get('src/c.ts')?.percent).toBeNaN();
  });
});

describe('mutate globs', () => {
  it.each<[string, string, boolean]>([
    ['src/matching/**/*.ts', 'src/matching/fold-text.ts', true],
    ['src/matching/**/*.ts', 'src/matching/deep/er/x.ts', true],
    ['src/matching/**/*.ts', 'src/matchingx/fold-text.ts', false],
    ['src/matching/**/*.ts', 'src/matching/fold-text.tsx', false],
    ['src/dossier/validate*.ts', 'src/dossier/validate-wording.ts', true],
    ['src/dossier/validate*.ts', 'src/dossier/validate.ts', true],
    ['src/dossier/validate*.ts', 'src/dossier/sub/validate.ts', false],
    ['src/dossier/validate*.ts', 'src/dossier/validate/x.ts', false],
    ['src/page/hit-map.ts', 'src/page/hit-mapXts', false],
    ['src/page/hit-map.ts', 'src/page/hit-map.ts', true],
    ['src/a?.ts', 'src/ab.ts', true],
    ['src/a?.ts', 'src/a/.ts', false],
    ['src/**', 'src/x/y.ts', true],
  ])('%s selects %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('selects what a pattern includes and no pattern after a "!" excludes', () => {
    const paths = ['src/m/a.ts', 'src/m/types.ts', 'src/m/gen.generated.ts', 'src/o/b.ts'];
    expect(
      selectMutated(['src/m/**/*.ts', '!src/m/types.ts', '!src/m/*.generated.ts'], paths),
    ).toEqual(['src/m/a.ts']);
  });
});

describe('whether stored results stand for this checkout', () => {
  const report: IncrementalReport = {
    files: { 'src/a.ts': { source: 'a', mutants: [] }, 'src/b.ts': { source: 'b', mutants: [] } },
    testFiles: { 'tests/a.test.ts': { source: 'ta' }, 'tests/b.test.ts': { source: 'tb' } },
  };
  const tree = (changes: Record<string, string | undefined> = {}) => {
    const files: Record<string, string | undefined> = {
      'src/a.ts': 'a',
      'src/b.ts': 'b',
      'tests/a.test.ts': 'ta',
      'tests/b.test.ts': 'tb',
      ...changes,
    };
    return (path: string) => files[path];
  };

  it('they do when every mutated module and recorded test file is unchanged', () => {
    expect(staleness(report, ['src/a.ts', 'src/b.ts'], tree())).toEqual([]);
  });

  it('they do not when a module, a test file or the set of mutated modules changed', () => {
    expect(
      staleness(
        report,
        ['src/a.ts', 'src/c.ts'],
        tree({ 'src/a.ts': 'a2', 'tests/b.test.ts': undefined }),
      ),
    ).toEqual([
      'src/a.ts: changed',
      'src/c.ts: no stored results',
      'src/b.ts: no longer mutated',
      'tests/b.test.ts: test file gone',
    ]);
    expect(staleness(report, ['src/a.ts', 'src/b.ts'], tree({ 'tests/a.test.ts': 'x' }))).toEqual([
      'tests/a.test.ts: test file changed',
    ]);
  });
});
