import type { CardController, CardControllerOptions } from '../card/card-controller';
import type { CardProbe } from '../debug/card-probe';
import type { Matcher } from '../matching/compile-matcher';
import type { CreateLongLines } from '../page/painted-mentions';
import { keepListening } from '../page/root-element-watch';
import type { MadePainter } from './painter-slot';

/**
 * The content script in two parts. The part every page loads (entrypoints/content) reads the
 * settings and runs the prefilter; most pages name nobody and need nothing else. At a
 * page's first possible mention the background injects the rest (entrypoints/mention-parts.ts:
 * the full matcher with its alias data, the card with Preact, floating-ui and the facts, the
 * painter with its rules, the painting of long lines, and the debug handle's card readings).
 *
 * The injected script runs in the same isolated world as the first part and hands its parts to
 * a receiver on that world's global object. A page's scripts have a global of their own, so
 * they can neither see the receiver nor call it, and no file of ours is web-accessible.
 */
export interface MentionParts {
  /** The bundled entities' matcher, built. */
  matcher: Matcher;
  /** Makes the card (hover, keyboard, next mention). */
  createCard(options: CardControllerOptions): CardController;
  /** Makes the watcher that paints a very long line only around its part in view. */
  createLongLines: CreateLongLines;
  /** The debug handle's readings of the card (debug-handle.ts). */
  cardProbe: CardProbe;
  /** Makes the painter with its `::highlight()` rules (painter-slot.ts holds it until then). */
  createPainter(doc: Document, win: Window & typeof globalThis): MadePainter;
}

/** The receiver's name on the isolated world's global. */
const RECEIVER = 'kazakhstanContextReceiveParts';

/** Hands the parts over; false if no content script waits for them (it was torn down). */
export function deliverMentionParts(global: object, parts: MentionParts): boolean {
  const receive: unknown = Reflect.get(global, RECEIVER);
  if (typeof receive !== 'function') return false;
  (receive as (parts: MentionParts) => void)(parts);
  return true;
}

/** Loads the parts once, on demand; `ready()` has them synchronously once loaded. */
export interface PartsLoader {
  ready(): MentionParts | undefined;
  /** Rejects if the parts did not arrive (the browser refused to inject them): a later call asks again. */
  load(): Promise<MentionParts>;
}

/**
 * The first part's side: `request` asks the background to inject the rest into this document
 * and resolves once it ran (the receiver has been called by then, or never will be).
 */
export function createPartsLoader(global: object, request: () => Promise<unknown>): PartsLoader {
  let parts: MentionParts | undefined;
  let loading: Promise<MentionParts> | undefined;
  const stopListening = () => Reflect.deleteProperty(global, RECEIVER);
  const load = (): Promise<MentionParts> =>
    new Promise<MentionParts>((resolve, reject) => {
      const receive = (delivered: MentionParts) => {
        parts ??= delivered;
        stopListening();
        resolve(parts);
      };
      Object.defineProperty(global, RECEIVER, { value: receive, configurable: true });
      const settle = () => {
        if (parts) return;
        stopListening();
        loading = undefined;
        reject(new Error('The matcher and card were not loaded'));
      };
      request().then(settle, settle);
    });
  return {
    ready: () => parts,
    load: () => (parts ? Promise.resolve(parts) : (loading ??= load())),
  };
}

/**
 * Resolves at once, or for a prerendered page (Chrome loads likely next pages ahead, hidden)
 * once the reader actually navigates to it: parts are not loaded for a page never shown. Only
 * the browser's own `prerenderingchange` counts, and its listener is added again if the page
 * rewrites itself meanwhile (`document.open()` erases listeners).
 */
export function whenShown(doc: Document & { prerendering?: boolean }): Promise<void> {
  if (!doc.prerendering) return Promise.resolve();
  return new Promise((resolve) => {
    const shown = new AbortController();
    keepListening(doc, shown.signal, (signal) =>
      doc.addEventListener(
        'prerenderingchange',
        (event) => {
          if (!event.isTrusted || doc.prerendering) return;
          shown.abort();
          resolve();
        },
        { signal },
      ),
    );
  });
}
