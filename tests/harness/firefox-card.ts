import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';

/**
 * The card as the reader gets it: shown or not, its text, its language, whether it has focus,
 * its box.
 */
export interface CardState {
  open: boolean;
  text: string;
  /** The `lang` the card is marked up in ('' without a card). */
  lang: string;
  focused: boolean;
  rect: { left: number; top: number; right: number; bottom: number } | null;
}

const CLOSED: CardState = { open: false, text: '', lang: '', focused: false, rect: null };

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
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
    const box = dialog?.getBoundingClientRect();
    return {
      // The host is in the page only while a card is open.
      open: frame !== null,
      text: root.textContent ?? '',
      lang: dialog?.lang ?? '',
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
  const root = await findCardRoot(page);
  if (!root) return undefined;
  try {
    return (await root.evaluate(fn as (root: unknown, arg: unknown) => R, arg)) as R;
  } finally {
    await root.dispose().catch(() => undefined);
  }
}

/**
 * The card's shadow root: the card host is a plain `<div>` with a closed shadow root, in the
 * page only while a card is open (at the end of `<html>`, or inside the page's modal dialog).
 * The fixture pages have no closed roots of their own, so the first closed one is ours.
 */
async function findCardRoot(page: Page): Promise<JSHandle | undefined> {
  const divs = await page.$$('div');
  let found: JSHandle | undefined;
  for (const div of divs) {
    if (!found && shadowModeOf(div) === 'closed') found = shadowRootOf(div);
    await div.dispose().catch(() => undefined);
  }
  return found;
}

/** What puppeteer's BiDi element handle keeps (not part of its public API). */
interface BidiHandleInternals {
  remoteValue?: () => { value?: { shadowRoot?: { value?: { mode?: string } } } };
  realm?: unknown;
  constructor: { from?: (value: unknown, realm: unknown) => JSHandle };
}

/** The mode of `host`'s shadow root as BiDi serialised it, or undefined without one. */
function shadowModeOf(host: ElementHandle): string | undefined {
  const internals = host as unknown as BidiHandleInternals;
  return internals.remoteValue?.().value?.shadowRoot?.value?.mode;
}

/** A handle to `host`'s shadow root, open or closed. */
function shadowRootOf(host: ElementHandle): JSHandle {
  const internals = host as unknown as BidiHandleInternals;
  const from = internals.constructor.from;
  const shadowRoot = internals.remoteValue?.().value?.shadowRoot;
  if (typeof from !== 'function' || !internals.realm) {
    throw new Error('puppeteer changed its BiDi element handle: update shadowRootOf()');
  }
  if (!shadowRoot) throw new Error('the card host has no shadow root');
  return from.call(internals.constructor, shadowRoot, internals.realm);
}
