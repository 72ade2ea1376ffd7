import { render, type ComponentChildren } from 'preact';
import { describe, expect, it } from 'vitest';
import { FACTS } from '@/src/dossier/facts';
import { figureGroups, figureRows, type FigureGroup, type FigureRow } from '@/src/ui/figure-rows';
import { FigureTable } from '@/src/ui/FigureTable';
import { expectedFigures } from '../../guards/expected-figures';
import { figureViewProblems } from '../../guards/figure-guards';
import { renderTarget } from '../render-target';

const sourceUrl = (id: string) => `ext:/source.html#fact-${id}`;
const expected = expectedFigures(FACTS);

const target = renderTarget();

const show = (view: ComponentChildren) => {
  render(<>{view}</>, target());
  return figureViewProblems(target(), expected);
};
const table = (groups: readonly FigureGroup[] = figureGroups(FACTS)) => (
  <FigureTable groups={groups} sourceUrl={sourceUrl} />
);

/** Bars the way the first chart drew them; `scaleOf` puts each under a `data-scale` (or none). */
function Bars({ rows, scaleOf }: { rows: FigureRow[]; scaleOf?: (row: FigureRow) => string }) {
  const values = rows.map((row) => Number(row.asWritten.replace(/,/g, '')) || 0);
  const max = Math.max(...values);
  return (
    <svg>
      {rows.map((row, i) => (
        <g key={i} data-fact={row.factId} data-figure={row.index} data-scale={scaleOf?.(row)}>
          <text>
            {row.amount} {row.counts} {row.source}
          </text>
          <rect width={((values[i] ?? 0) / max) * 300} height={10} />
        </g>
      ))}
    </svg>
  );
}

describe('the figures view', () => {
  it('has figures of every kind to show, from more than one source', () => {
    expect(new Set(expected.map((figure) => figure.kind))).toEqual(
      new Set(['killed', 'wounded', 'arrested', 'count']),
    );
    expect(new Set(expected.map((figure) => figure.source)).size).toBeGreaterThan(2);
  });

  it('shows every figure with its hedge and source, grouped by what it counts, on no shared scale', () => {
    expect(show(table())).toEqual([]);
  });

  it('groups the figures under headings, in report order within each', () => {
    show(table());
    const groups = [...target().querySelectorAll('tbody')].map((body) => ({
      title: body.querySelector('.group-title')?.textContent,
      rows: [...body.querySelectorAll('tr[data-fact]')].map(
        (row) => `${row.getAttribute('data-fact')}#${row.getAttribute('data-figure')}`,
      ),
    }));
    expect(groups).toEqual([
      {
        title: 'Dead',
        rows: ['interior-ministry-toll#0', 'officials-toll#0', 'security-forces-toll#0'],
      },
      {
        title: 'Wounded or injured',
        rows: ['interior-ministry-toll#1', 'officials-toll#1', 'security-forces-toll#1'],
      },
      { title: 'Arrested', rows: ['arrests-2300#0'] },
      { title: 'Other figures', rows: ['bad-guys-20000#0', 'checkpoints-70#0'] },
    ]);
  });

  it('says the report’s date, and that figures from different sources may overlap', () => {
    show(table());
    expect(target().querySelector('.dateline')?.textContent).toBe(
      'From a news report of 7 January 2022',
    );
    expect(target().querySelector('.figure-note')?.textContent).toBe(
      'Figures from different sources; they may overlap.',
    );
  });

  it.each([
    ['arrests-2300', 0, 'about', 'about 2,300'],
    ['officials-toll', 1, 'more than', 'more than 1,000'],
    ['officials-toll', 0, 'no exact number', 'dozens no exact number'],
    ['bad-guys-20000', 0, 'about', 'about 20,000'],
  ])('sets the hedge of %s#%i apart: "%s"', (id, index, hedge, amount) => {
    show(table());
    const cell = target().querySelector(`[data-fact="${id}"][data-figure="${index}"] .amount`);
    expect(cell?.querySelector('.hedge')?.textContent).toBe(hedge);
    expect(cell?.textContent?.trim()).toBe(amount);
  });

  it('says who was counted, with the editor’s reading where the report leaves it open', () => {
    show(table());
    const wounded = target().querySelector('[data-fact="interior-ministry-toll"][data-figure="1"]');
    expect(wounded?.querySelector('.counted')?.textContent).toBe(
      'not said in the reportEditor’s reading: the sentence most naturally means the same “armed criminals”',
    );
  });

  it('links every figure to its own sentence in the report', () => {
    show(table());
    for (const row of figureRows(FACTS)) {
      const link = target().querySelector(
        `[data-fact="${row.factId}"][data-figure="${row.index}"] .source a`,
      );
      expect(link?.getAttribute('href')).toBe(`ext:/source.html#fact-${row.factId}`);
      expect(link?.textContent).toBe(row.source);
    }
  });

  // The guard fails on copies that bring the problems back.
  it('fails on the first chart: bars of three sources and three measures on one scale', () => {
    const drawn = figureRows(FACTS).filter(
      (row) => row.kind !== 'count' && row.asWritten !== 'dozens',
    );
    const problems = show(<Bars rows={drawn} />);
    expect(problems).toContain(
      'bars share (one shared scale) across the Interior Ministry / officials (not named) / the report (no source named) and killed / wounded / arrested',
    );
    expect(problems).toContain('officials-toll#0 (dozens) is not shown');
    expect(problems).toContain('bad-guys-20000#0 (20,000) is not shown');
  });

  it('fails on bars scaled per source that still mix measures', () => {
    const rows = figureRows(FACTS).filter((row) => row.source === 'the report (no source named)');
    expect(show(<Bars rows={rows} scaleOf={(row) => row.source} />)).toContain(
      'bars share the report (no source named) across the report (no source named) and killed / wounded / arrested',
    );
  });

  it('accepts bars that each stand on their own scale', () => {
    const rows = figureRows(FACTS).filter((row) => row.kind === 'count');
    const problems = show(<Bars rows={rows} scaleOf={(row) => `${row.factId}#${row.index}`} />);
    expect(problems.filter((problem) => problem.startsWith('bars share'))).toEqual([]);
  });

  it('fails on a copy that drops the hedges', () => {
    const unhedged = figureGroups(FACTS).map((group) => ({
      ...group,
      rows: group.rows.map(({ qualifier: _, ...row }) => ({
        ...row,
        amount: row.asWritten,
        hedged: { amount: row.asWritten, hedgeAfter: false },
      })),
    }));
    expect(show(table(unhedged))).toEqual([
      'bad-guys-20000#0 does not show "about 20,000"',
      'officials-toll#1 does not show "more than 1,000"',
      'arrests-2300#0 does not show "about 2,300"',
    ]);
  });

  it('fails on a copy that drops a source or files a figure under the wrong heading', () => {
    const [dead, wounded, ...rest] = figureGroups(FACTS);
    const moved = [
      { ...dead!, rows: [...dead!.rows, wounded!.rows[0]!] },
      { ...wounded!, rows: wounded!.rows.slice(1).map((row) => ({ ...row, source: '' })) },
      ...rest,
    ];
    const problems = show(table(moved));
    expect(problems).toContain('interior-ministry-toll#1 (wounded) is grouped under killed');
    expect(problems).toContain(
      'security-forces-toll#1 does not name "the report (no source named)"',
    );
  });
});
