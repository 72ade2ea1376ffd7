import { describe, expect, it } from 'vitest';
import {
  type IncrementalReport,
  judgedIn,
  judgement,
  survivorsOf,
} from '../../tools/mutation-results';

const at = (line: number, column: number) => ({ start: { line, column } });

const report: IncrementalReport = {
  files: {
    'src/a.ts': {
      source: '',
      mutants: [
        { status: 'Killed', mutatorName: 'X', replacement: 'k', location: at(1, 0) },
        {
          status: 'Survived',
          mutatorName: 'EqualityOperator',
          replacement: 'a <= b',
          location: at(3, 7),
        },
        {
          status: 'NoCoverage',
          mutatorName: 'StringLiteral',
          replacement: '""',
          location: at(9, 12),
        },
        { status: 'Ignored', mutatorName: 'X', replacement: 'i', location: at(4, 0) },
      ],
    },
    'src/b.ts': {
      source: '',
      mutants: [
        {
          status: 'Survived',
          mutatorName: 'BooleanLiteral',
          replacement: 'true',
          location: at(20, 4),
        },
      ],
    },
  },
};

const list = [
  '# Surviving mutants judged equivalent',
  '',
  'Prose may mention L1:1 outside a table; it names nothing.',
  '',
  '## src/a.ts',
  '',
  '| mutant | why equivalent |',
  '| --- | --- |',
  '| L3:7, L9:12 `a < b` → `a <= b` | a reason that mentions L77:7 in its second cell |',
  '',
  '## src/b.ts',
  '',
  'Checked by hand with `grep L5:5 | sort` L6:6 | and prose.',
  '',
  '| mutant | why |',
  '| --- | --- |',
  '| L20:4 `false` → `true` | reason |',
  '',
  '## src/a.ts',
  '',
  '| mutant | why |',
  '| --- | --- |',
  '| L3:7 `a < b` → `a <= b` | a file may have a second section |',
].join('\n');

describe('survivors named for the list of equivalent mutants', () => {
  it('lists survived and uncovered mutants only, each by file and line:column', () => {
    expect(
      survivorsOf(report).map((s) => `${s.status} ${s.file} ${s.at} ${s.replacement}`),
    ).toEqual([
      'Survived src/a.ts L3:7 a <= b',
      'NoCoverage src/a.ts L9:12 ""',
      'Survived src/b.ts L20:4 true',
    ]);
  });

  it('reads the names in the first cell of table rows, per file heading, and nowhere else', () => {
    const judged = judgedIn(list);
    expect([...judged.keys()]).toEqual(['src/a.ts', 'src/b.ts']);
    expect([...(judged.get('src/a.ts') ?? [])]).toEqual(['L3:7', 'L9:12']);
    expect([...(judged.get('src/b.ts') ?? [])]).toEqual(['L20:4']);
  });

  it('agrees when every survivor is named and every name survives', () => {
    expect(judgement(survivorsOf(report), judgedIn(list))).toEqual({ unjudged: [], unknown: [] });
  });

  it('reports a survivor the list does not name, and one named under another file', () => {
    const moved = list.replace('| L20:4 `false`', '| L21:4 `false`').replace('L9:12', 'L8:12');
    const { unjudged, unknown } = judgement(survivorsOf(report), judgedIn(moved));
    expect(unjudged.map((s) => `${s.file} ${s.at}`)).toEqual(['src/a.ts L9:12', 'src/b.ts L20:4']);
    expect(unknown).toEqual(['src/a.ts L8:12', 'src/b.ts L21:4']);
    const elsewhere = list.replace('## src/b.ts', '## src/c.ts');
    expect(judgement(survivorsOf(report), judgedIn(elsewhere))).toEqual({
      unjudged: [expect.objectContaining({ file: 'src/b.ts', at: 'L20:4' })],
      unknown: ['src/c.ts L20:4'],
    });
  });

  it('reports a name whose mutant was killed since', () => {
    const killed: IncrementalReport = {
      files: {
        ...report.files,
        'src/b.ts': { source: '', mutants: [{ status: 'Killed', location: at(20, 4) }] },
      },
    };
    expect(judgement(survivorsOf(killed), judgedIn(list)).unknown).toEqual(['src/b.ts L20:4']);
  });
});
