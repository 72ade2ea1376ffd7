import type { HighlightPainter } from '../highlight/highlight-painter';
import type { Matcher } from '../matching/compile-matcher';
import type { Prefilter } from '../matching/prefilter';
import type { EntityCounts } from './mention-index';
import type { CreateLongLines } from './painted-mentions';

/** What the scanner needs; everything that touches the page is passed in. */
export interface ScannerOptions {
  doc: Document;
  /**
   * The matcher, asked for only once the prefilter finds something; undefined while it is not
   * loaded yet, and then `loadMatcher` is awaited before the search goes on.
   */
  matcher: () => Matcher | undefined;
  loadMatcher?: () => Promise<unknown>;
  /** Where a mention may start (default: the bundled first pass). */
  prefilter?: Prefilter;
  painter: Pick<HighlightPainter, 'paint' | 'unpaint' | 'clear' | 'show' | 'ensureRegistered'>;
  /**
   * The watcher of long lines (long-lines.ts), loaded with the matcher; without it every
   * mention is painted, however long its line.
   */
  longLines?: () => CreateLongLines | undefined;
  /** Aborted when the extension is updated, disabled or removed: stop and clean up. */
  signal: AbortSignal;
  /**
   * Time after which a slice yields, in ms (default 6: the step that crosses it, and a cold
   * first slice, must still end within the 10 ms slice budget).
   */
  budgetMs?: number;
  /** Called with the counts after each completed pass that changed them. */
  onCounts?: (counts: EntityCounts) => void;
  /** Gives an open shadow root our highlight styles. */
  styleShadowRoot?: (root: ShadowRoot) => void;
  /** Above this many records in one batch, rescan their common subtree once. */
  massMutation?: number;
}
