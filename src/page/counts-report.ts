import type { EntityCounts, MentionIndex } from './mention-index';
import { renderedCounts } from './rendered-text';
import { afterNextPaint } from './viewport-anchor';

/**
 * Tells the scanner's listener the counts a reader is told, each time they change. Counting
 * asks the page's style which mentions are rendered: done after the next frame is painted,
 * when style is clean (asked in the middle of a page's changes, it forces the browser to work
 * out the style of a whole changed subtree inside our task), and once for any number of
 * requests meanwhile.
 */
export class CountsReport {
  /** The counts last reported: none at first, so a page that names nobody sends nothing. */
  private last = '0,0,0';
  private pending: Promise<void> | undefined;

  constructor(
    private readonly index: MentionIndex,
    private readonly onCounts: ((counts: EntityCounts) => void) | undefined,
    private readonly win: Window,
    /** Charged with the time counting takes. */
    private readonly spend: (ms: number) => void = () => undefined,
  ) {}

  /** Counts of the mentions a reader can see (rendered-text.ts); the index keeps them all. */
  visible(): EntityCounts {
    return renderedCounts(this.index);
  }

  /** Reports the visible counts after the next paint, if they changed since last time. */
  report(): void {
    this.pending ??= afterNextPaint(this.win).then(() => {
      this.pending = undefined;
      const start = performance.now();
      this.reportNow();
      this.spend(performance.now() - start);
    });
  }

  /** Resolves once a report asked for has been made. */
  async settled(): Promise<void> {
    await this.pending;
  }

  /** Reports the visible counts now, if they changed since last time. */
  reportNow(): void {
    const counts = this.visible();
    const key = `${counts.kazakhstan},${counts.tokayev},${counts.almaty}`;
    if (key === this.last) return;
    this.last = key;
    this.onCounts?.(counts);
  }
}
