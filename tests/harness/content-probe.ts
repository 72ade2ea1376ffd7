import type { CDPSession, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** What the content script's debug handle reports (see src/debug/debug-handle.ts). */
export interface ContentState {
  counts: Record<string, number>;
  /** Every mention found, rendered or not: `counts` leaves out mentions in hidden text. */
  indexedCounts: Record<string, number>;
  painted: number;
  indexedNodes: number;
  /** Longest slice of our work, in ms, by the scanner's own clock. */
  longestSliceMs: number;
  /** All our slices' time, in ms. */
  scanMs: number;
  /** How many slices the work took, and how many of them reached a long task (50 ms). */
  slices: { count: number; longCount: number };
}

/**
 * Reaches the content script's isolated world over CDP, where the page cannot, to read the
 * extension's own state (exact counts beyond the painted cap, hit tests).
 */
export class ContentProbe {
  private readonly contexts = new Map<number, ExecutionContext>();
  /**
   * Uncaught exceptions and console warnings or errors of the content script's world, as the
   * page's console shows them (including those logged before attaching: V8 replays them).
   */
  readonly problems: string[] = [];

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      this.contexts.set(context.id, context as ExecutionContext),
    );
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
      this.contexts.delete(executionContextId),
    );
    cdp.on('Runtime.executionContextsCleared', () => this.contexts.clear());
    const ours = (id: number | undefined) =>
      id !== undefined && this.contexts.get(id)?.origin.startsWith('chrome-extension://') === true;
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
      if (ours(details.executionContextId)) {
        this.problems.push(`exception: ${details.exception?.description ?? details.text}`);
      }
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if ((type === 'warning' || type === 'error') && ours(executionContextId)) {
        const text = args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
        this.problems.push(`${type}: ${text}`);
      }
    });
  }

  static async attach(page: Page): Promise<ContentProbe> {
    const cdp = await page.context().newCDPSession(page);
    const probe = new ContentProbe(page, cdp);
    await cdp.send('Runtime.enable');
    return probe;
  }

  /** Evaluates `expression` in the content script's world; awaits promises; returns by value. */
  async evaluate<T>(expression: string, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const context = [...this.contexts.values()].find(
        (candidate) =>
          candidate.auxData?.type === 'isolated' &&
          candidate.origin.startsWith('chrome-extension://'),
      );
      if (context) {
        const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
          // The content script reads the settings before it puts up its handle: wait for it
          // inside the world itself, so no check-then-call race exists.
          expression: `(async () => {
            for (let i = 0; i < 200 && typeof globalThis.__kazakhstanContext !== 'object'; i++) {
              await new Promise((resolve) => setTimeout(resolve, 25));
            }
            return (${expression});
          })()`,
          contextId: context.id,
          awaitPromise: true,
          returnByValue: true,
        });
        if (!exceptionDetails) return result.value as T;
        const message = exceptionDetails.exception?.description ?? exceptionDetails.text;
        throw new Error(message);
      } else if (Date.now() > deadline) {
        throw new Error('No content-script world in this page');
      }
      await this.page.waitForTimeout(50);
    }
  }

  /**
   * Runs a script (statements, not an expression) in the content script's world, as a library
   * would load there: e2e tests bring axe-core in this way to check the card's markup.
   */
  async runScript(source: string): Promise<void> {
    await this.evaluate('true');
    const context = [...this.contexts.values()].find(
      (candidate) =>
        candidate.auxData?.type === 'isolated' &&
        candidate.origin.startsWith('chrome-extension://'),
    );
    if (!context) throw new Error('No content-script world in this page');
    const { exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression: source,
      contextId: context.id,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
  }

  /** Waits for the scanner to finish its queued work, then reads its state. */
  async state(): Promise<ContentState> {
    return this.evaluate<ContentState>(
      `globalThis.__kazakhstanContext.whenIdle().then(() => {
        const handle = globalThis.__kazakhstanContext;
        const slices = handle.slices();
        return {
          counts: handle.counts(),
          indexedCounts: handle.indexedCounts(),
          painted: handle.painted(),
          indexedNodes: handle.indexedNodes(),
          longestSliceMs: slices.longestMs,
          scanMs: slices.totalMs,
          slices: { count: slices.count, longCount: slices.longCount },
        };
      })`,
    );
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
