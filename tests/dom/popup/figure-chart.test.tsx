import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FACTS } from '@/src/dossier/facts';
import type { Fact, Figure } from '@/src/dossier/types';
import { chartFigures } from '@/src/ui/chart-figures';
import { FigureChart } from '@/src/ui/FigureChart';

/** The chart's subject, worked out from the dossier here: casualty figures and arrests. */
const charted = FACTS.flatMap((fact) =>
  (fact.figures ?? [])
    .filter((figure) => fact.category === 'casualties' || /arrest/i.test(figure.counts))
    .map((figure) => ({ fact, figure })),
);
const drawn = charted.filter(({ figure }) => figure.value !== undefined);
const vague = charted.filter(({ figure }) => figure.value === undefined);
const hedged = (figure: Figure) =>
  figure.qualifier && figure.qualifier !== 'dozens'
    ? `${figure.qualifier} ${figure.asWritten}`
    : figure.asWritten;
const label = ({ fact, figure }: { fact: Fact; figure: Figure }) =>
  `${figure.asWritten} ${figure.counts} by ${fact.attribution}`;

describe('the casualties and arrests chart', () => {
  let container: HTMLDivElement;
  const rows = () => [...container.querySelectorAll('svg .chart-row')];

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    render(<FigureChart figures={chartFigures(FACTS)} />, container);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('has something to draw, and something it cannot', () => {
    expect(drawn.length).toBeGreaterThan(1);
    expect(vague.length).toBeGreaterThan(0);
  });

  it('draws one bar per numeric figure, in report order', () => {
    expect(rows()).toHaveLength(drawn.length);
    expect(container.querySelectorAll('svg rect.chart-bar')).toHaveLength(drawn.length);
    expect(rows().map((row) => row.getAttribute('data-fact'))).toEqual(
      drawn.map(({ fact }) => fact.id),
    );
  });

  it.each(drawn.map((entry, index) => [label(entry), index, entry] as const))(
    'labels the bar of %s with its amount, what it counts and its source',
    (_, index, { fact, figure }) => {
      const row = rows()[index];
      expect(row?.querySelector('.chart-value')?.textContent).toBe(hedged(figure));
      expect(row?.querySelector('.chart-counts')?.textContent).toBe(figure.counts);
      expect(row?.querySelector('.chart-source')?.textContent).toContain(fact.attribution);
    },
  );

  it('scales the bars by value, the largest full width', () => {
    const widths = rows().map((row) => Number(row.querySelector('rect')?.getAttribute('width')));
    const values = drawn.map(({ figure }) => figure.value ?? 0);
    const max = Math.max(...values);
    widths.forEach((width, i) => expect(width).toBeCloseTo(Math.max(2, (values[i]! / max) * 328)));
  });

  it('is an image named by a text list of the same figures', () => {
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const list = document.getElementById(svg?.getAttribute('aria-labelledby') ?? '');
    const items = [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(drawn.length);
    drawn.forEach(({ fact, figure }, i) => {
      expect(items[i]).toContain(hedged(figure));
      expect(items[i]).toContain(figure.counts);
      expect(items[i]).toContain(fact.attribution);
    });
  });

  it('lists amounts without a number in text, not as bars', () => {
    const note = container.querySelector('.chart-note')?.textContent ?? '';
    for (const { fact, figure } of vague) {
      expect(note).toContain(`${figure.asWritten} ${figure.counts}`);
      expect(note).toContain(fact.attribution);
    }
  });
});
