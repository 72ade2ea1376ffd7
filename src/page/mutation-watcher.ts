import { VISIBILITY_ATTRIBUTES } from './rendered-text';
import { EDITABILITY_ATTRIBUTES } from './skip-rules';
import type { WorkBudget } from './work-budget';

/**
 * Collects the page's mutation records and hands them over once per animation frame, so a
 * page that edits its text many times a frame costs us one pass. A timer backs up
 * requestAnimationFrame, which never fires in background tabs.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly onBatch: (records: MutationRecord[]) => void,
    /**
     * Holds batches back while our work budget is spent (records collect meanwhile), and is
     * charged for the time each batch takes.
     */
    private readonly budget?: Pick<WorkBudget, 'waitMs' | 'spend'>,
    private readonly fallbackMs = 250,
  ) {
    this.observer = new win.MutationObserver((records) => this.collect(records));
  }

  /**
   * Watches text and child-list changes under `root` (a document or a shadow root), and the
   * attributes that make an element editable or hide it, with their old values.
   */
  observe(root: Node): void {
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: [...EDITABILITY_ATTRIBUTES, ...VISIBILITY_ATTRIBUTES],
      attributeOldValue: true,
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.pending = [];
    this.cancel();
  }

  /** Hands over what has been collected now (also used before reading counts in tests). */
  flush(): void {
    this.cancel();
    const records = this.pending.concat(this.observer.takeRecords());
    this.pending = [];
    if (records.length === 0) return;
    const start = performance.now();
    this.onBatch(records);
    this.budget?.spend(performance.now() - start);
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) this.pending.push(record);
    if (this.frame || this.timer !== undefined) return;
    this.frame = this.win.requestAnimationFrame(() => this.flushPaced());
    this.timer = setTimeout(() => this.flushPaced(), this.fallbackMs);
  }

  /** Hands over now, or once the pace allows (one batch then, however many records came). */
  private flushPaced(): void {
    const wait = this.budget?.waitMs() ?? 0;
    if (wait === 0) return this.flush();
    this.cancel();
    this.timer = setTimeout(() => this.flushPaced(), wait);
  }

  private cancel(): void {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.frame = 0;
    this.timer = undefined;
  }
}
