import type { CDPSession } from 'playwright-core';

interface StackTrace {
  callFrames: { url: string }[];
}

/**
 * Uncaught errors and console errors of one page, in every world (the page's and the content
 * script's isolated one), split into ours and the page's own. An error is ours when it comes
 * from our isolated world or its stack or URL names our extension's origin; other extensions'
 * origins (pages probing `chrome-extension://invalid/`) stay the page's.
 */
export class ErrorLog {
  /** Our errors, as text. */
  readonly ours: string[] = [];
  /** The page's own errors, as text (blocked remote resources, its scripts failing offline). */
  readonly theirs: string[] = [];
  private readonly ourWorlds = new Set<number>();

  private constructor(private readonly origin: string) {}

  /** Starts listening on `cdp` (a session for the page); attach before navigating. */
  static async attach(cdp: CDPSession, extensionId: string): Promise<ErrorLog> {
    const log = new ErrorLog(`chrome-extension://${extensionId}`);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === log.origin) log.ourWorlds.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
      const text = details.exception?.description ?? details.text;
      log.add(text, details.executionContextId, [details.url, ...urls(details.stackTrace)]);
    });
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type !== 'error' && event.type !== 'assert') return;
      const text = event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
      log.add(`console.${event.type}: ${text}`, event.executionContextId, urls(event.stackTrace));
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level !== 'error') return;
      log.add(`${entry.source}: ${entry.text} ${entry.url ?? ''}`.trim(), undefined, [
        entry.url,
        ...urls(entry.stackTrace),
      ]);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    return log;
  }

  private add(text: string, world: number | undefined, where: (string | undefined)[]): void {
    const ours =
      (world !== undefined && this.ourWorlds.has(world)) ||
      [text, ...where].some((place) => place?.includes(this.origin));
    (ours ? this.ours : this.theirs).push(text.slice(0, 500));
  }
}

function urls(stack: StackTrace | undefined): string[] {
  return stack?.callFrames.map((frame) => frame.url) ?? [];
}
