import { useId } from 'preact/hooks';
import { describeFigure, type ChartFigure } from './chart-figures';

/** Props of {@link FigureChart}. */
export interface FigureChartProps {
  /** Figures in display order (`chartFigures(FACTS)`); those without a value are listed only. */
  figures: readonly ChartFigure[];
  /** Drawing width in px; the SVG scales down to its box. */
  width?: number;
}

// Row layout in px: what is counted and its value on one line, the source under it, then the bar.
const ROW = 50;
const LABEL_Y = 12;
const SOURCE_Y = 27;
const BAR_Y = 34;
const BAR_HEIGHT = 10;
// A bar stays visible however small its value is next to the largest.
const MIN_BAR = 2;

/**
 * Horizontal bars on one linear scale, one per numeric figure, each labelled with its amount
 * (hedge included), what it counts and who says so. The drawing is an image named by a
 * visually hidden list of the same figures; vague amounts ("dozens") cannot be drawn and are
 * listed in text under it.
 */
export function FigureChart({ figures, width = 328 }: FigureChartProps) {
  const listId = useId();
  const bars = figures.filter((figure) => figure.value !== undefined);
  const vague = figures.filter((figure) => figure.value === undefined);
  const max = Math.max(1, ...bars.map((figure) => figure.value ?? 0));
  const height = bars.length * ROW;
  return (
    <div class="figure-chart">
      <svg
        role="img"
        aria-labelledby={listId}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        {bars.map((figure, index) => {
          const top = index * ROW;
          const barWidth = Math.max(MIN_BAR, ((figure.value ?? 0) / max) * width);
          return (
            <g key={`${figure.factId}-${index}`} class="chart-row" data-fact={figure.factId}>
              <text class="chart-counts" x={0} y={top + LABEL_Y}>
                {figure.counts}
              </text>
              <text class="chart-value" x={width} y={top + LABEL_Y} text-anchor="end">
                {figure.amount}
              </text>
              <text class="chart-source" x={0} y={top + SOURCE_Y}>
                Source: {figure.source}
              </text>
              <rect
                class="chart-bar"
                x={0}
                y={top + BAR_Y}
                width={barWidth}
                height={BAR_HEIGHT}
                rx={2}
              />
            </g>
          );
        })}
      </svg>
      <ul id={listId} class="visually-hidden">
        {bars.map((figure, index) => (
          <li key={`${figure.factId}-${index}`}>{describeFigure(figure)}</li>
        ))}
      </ul>
      {vague.length > 0 && (
        <p class="chart-note">
          Not drawn, as the report gives no number:{' '}
          {vague.map((figure, index) => (
            <span key={`${figure.factId}-${index}`}>
              {index > 0 && '; '}
              <strong>{figure.amount}</strong> {figure.counts} (source: {figure.source})
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
