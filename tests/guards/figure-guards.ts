/** A figure the figures view must show, worked out from the dossier (not from the view). */
export interface ExpectedFigure {
  factId: string;
  /** Its place among the fact's figures (`data-figure`). */
  index: number;
  /** What it counts (`data-group` of its row's group). */
  kind: string;
  asWritten: string;
  qualifier?: string;
  /** Who says so, as readers see it. */
  source: string;
}

/**
 * What is wrong with a rendered figures view: every expected figure must have its row
 * (`[data-fact][data-figure]`) in the group of what it counts (`[data-group]`), showing the
 * number, its hedge right before it ("about 2,300", "more than 1,000", "dozens") and its source;
 * and no two figures of different sources or different kinds may share a bar scale. Anything
 * that draws an amount as a length (`rect`, `line`, `progress`, `meter`, a `bar` class, an
 * inline width) is a bar; bars share a scale unless each sits under its own `[data-scale]`.
 * Self-contained, so e2e tests run it inside the page.
 */
export function figureViewProblems(
  root: ParentNode,
  expected: readonly ExpectedFigure[],
): string[] {
  const problems: string[] = [];
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const keyOf = (row: Element | null) =>
    row ? `${row.getAttribute('data-fact')}#${row.getAttribute('data-figure') ?? '?'}` : '';
  const byKey = new Map(expected.map((figure) => [`${figure.factId}#${figure.index}`, figure]));
  for (const figure of expected) {
    const key = `${figure.factId}#${figure.index}`;
    const row = root.querySelector(`[data-fact="${figure.factId}"][data-figure="${figure.index}"]`);
    if (!row) {
      problems.push(`${key} (${figure.asWritten}) is not shown`);
      continue;
    }
    const text = squash(row.textContent);
    const hedge =
      figure.qualifier && figure.qualifier !== 'dozens' ? `${figure.qualifier}\\s+` : '';
    if (!new RegExp(`${hedge}${escape(figure.asWritten)}`, 'i').test(text)) {
      const shown = figure.qualifier ? `${figure.qualifier} ${figure.asWritten}` : figure.asWritten;
      problems.push(`${key} does not show "${shown}"`);
    }
    if (!text.includes(figure.source)) problems.push(`${key} does not name "${figure.source}"`);
    const group = row.closest('[data-group]')?.getAttribute('data-group');
    if (group !== figure.kind) problems.push(`${key} (${figure.kind}) is grouped under ${group}`);
  }
  const bars = [
    ...root.querySelectorAll(
      'rect, line, progress, meter, [class~="bar"], [class*="-bar"], [style*="width"]',
    ),
  ];
  const scales = new Map<string, Element[]>();
  for (const bar of bars) {
    const scale = bar.closest('[data-scale]')?.getAttribute('data-scale') ?? '(one shared scale)';
    scales.set(scale, [...(scales.get(scale) ?? []), bar]);
  }
  for (const [scale, members] of scales) {
    const figures = members.map((bar) => byKey.get(keyOf(bar.closest('[data-fact]'))));
    if (figures.some((figure) => !figure)) problems.push(`a bar on ${scale} shows no known figure`);
    const known = figures.filter((figure) => figure !== undefined);
    const sources = new Set(known.map((figure) => figure.source));
    const kinds = new Set(known.map((figure) => figure.kind));
    if (sources.size > 1 || kinds.size > 1) {
      problems.push(
        `bars share ${scale} across ${[...sources].join(' / ')} and ${[...kinds].join(' / ')}`,
      );
    }
  }
  return problems;
}
