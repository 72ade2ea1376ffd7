import type { Readable } from 'node:stream';
import type { Page } from 'puppeteer-core';

/**
 * Collects what went wrong in a Firefox session, from the places Firefox reports it:
 * - the browser's stdout and stderr, the only place uncaught errors of the background page and
 *   of extension pages appear (`JavaScript error: moz-extension://<uuid>/…`), and, with the pref
 *   `devtools.console.stdout.content`, console errors of every web and extension document,
 *   background included (`console.error: "…"`, without a location);
 * - each page's log over WebDriver BiDi (`log.entryAdded`): console errors and uncaught errors
 *   of the page, and of our content script, which runs in that page's browsing context.
 */
export class FirefoxErrorLog {
  /** Every error seen so far, one line each, in arrival order. */
  readonly errors: string[] = [];

  constructor(private readonly extensionOrigin: string) {}

  /**
   * Reads a stream of the browser process line by line, keeping the error lines (see
   * `isErrorLine`). Firefox's own chatter on these streams (its remote agent, sandbox
   * warnings, errors of its own chrome code) is not ours and is left out.
   */
  watchStream(stream: Readable | null | undefined): void {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (isErrorLine(line, this.extensionOrigin)) this.errors.push(line.trim());
      }
    });
  }

  /** Records console errors and uncaught errors of `page`, whoever caused them. */
  watchPage(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const at = message.location().url;
      this.errors.push(`console.error${at ? ` (${at})` : ''}: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      this.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/**
 * Firefox's own components that log through a named logger to the same stream: Nimbus's
 * experiment loader (`RSLoader`) reports, at a time of its choosing, that it could not fetch
 * recipes from Remote Settings, whose server the harness points nowhere (firefox-prefs.ts).
 */
const FIREFOX_LOGGERS = ['RSLoader'];

/**
 * Whether a line of Firefox's output reports an error we must answer for: an uncaught error in
 * a script of the extension at `origin` (`JavaScript error: moz-extension://<uuid>/…, line …`),
 * or a console error of a web or extension document (`console.error: …`). Firefox's chrome code
 * prints there too, but only through its named loggers (`console.error: RSLoader: …`): those
 * of {@link FIREFOX_LOGGERS} are not ours.
 */
export function isErrorLine(line: string, origin: string): boolean {
  if (FIREFOX_LOGGERS.some((logger) => line.startsWith(`console.error: ${logger}:`))) return false;
  if (line.startsWith('console.error:')) return true;
  return line.includes('JavaScript error:') && line.includes(`${origin}/`);
}
