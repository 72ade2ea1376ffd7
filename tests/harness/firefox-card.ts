import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import { OWN_UI_TAG } from '../../src/page/skip-rules';

/** The card as the reader gets it: shown or not, its text, whether it has focus, its box. */
export interface CardState {
  open: boolean;
  text: string;
  focused: boolean;
  rect: { left: number; top: number; right: number; bottom: number } | null;
}

const CLOSED: CardState = { open: false, text: '', focused: false, rect: null };

/**
 * Reads our card in a Firefox tab. The card sits in a closed shadow root, out of the page's
 * reach, and WebDriver BiDi has no way into the content script's world; but BiDi serialises an
 * element with its shadow root whatever the mode (WebDriver BiDi, "serialize as a remote
 * value": `shadowRoot`), as an automation client's privilege, like CDP's in Chromium. Puppeteer
 * keeps that reference on its element handle without a public accessor: `shadowRootOf` takes it
 * from there and fails loudly if a puppeteer update moves it.
 */
export async function firefoxCardState(page: Page): Promise<CardState> {
  const state = await inCardRoot(page, (root) => {
    const frame = root.querySelector<HTMLElement>('.frame');
    const box = root.querySelector('[role="dialog"]')?.getBoundingClientRect();
    return {
      open: frame !== null && !frame.hidden,
      text: root.textContent ?? '',
      focused: root.activeElement !== null,
      rect: box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null,
    };
  });
  return state ?? CLOSED;
}

/** The viewport centre of the card's element matching `selector`, e.g. its source link. */
export async function cardElementPoint(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number } | undefined> {
  const point = await inCardRoot(
    page,
    (root, css) => {
      const box = root.querySelector(css)?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : undefined;
    },
    selector,
  );
  return point ?? undefined;
}

/**
 * Runs `fn` in the page's world on the card's shadow root; undefined while the page has no
 * card host (nothing hovered yet).
 */
async function inCardRoot<R, A>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R,
  arg?: A,
): Promise<R | undefined> {
  const host = await page.$(OWN_UI_TAG);
  if (!host) return undefined;
  const root = shadowRootOf(host);
  try {
    return (await root.evaluate(fn as (root: unknown, arg: unknown) => R, arg)) as R;
  } finally {
    await root.dispose().catch(() => undefined);
    await host.dispose().catch(() => undefined);
  }
}

/** What puppeteer's BiDi element handle keeps (not part of its public API). */
interface BidiHandleInternals {
  remoteValue?: () => { value?: { shadowRoot?: { value?: { mode?: string } } } };
  realm?: unknown;
  constructor: { from?: (value: unknown, realm: unknown) => JSHandle };
}

/** A handle to `host`'s shadow root, open or closed. */
function shadowRootOf(host: ElementHandle): JSHandle {
  const internals = host as unknown as BidiHandleInternals;
  const from = internals.constructor.from;
  const shadowRoot = internals.remoteValue?.().value?.shadowRoot;
  if (typeof from !== 'function' || !internals.realm) {
    throw new Error('puppeteer changed its BiDi element handle: update shadowRootOf()');
  }
  if (!shadowRoot) throw new Error(`<${OWN_UI_TAG}> has no shadow root`);
  return from.call(internals.constructor, shadowRoot, internals.realm);
}
