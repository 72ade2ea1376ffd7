import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Point } from '../harness/card-state';
import { storedSettings, watchNewTabs } from '../harness/extension-state';
import { useHostileSuite, type OpenedPage } from '../harness/hostile-suite';
import { mentionPoint } from '../harness/mention-point';

/**
 * Pages that try to take over the card: the attacks an adversarial review ran against an
 * earlier build (issue 10), each now a test that must fail on that build.
 */
const page = (script: string, extra = '') =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>attack</title>
<body style="font: 18px/1.6 serif; margin: 40px; max-width: 700px">
<p id="lead">President Tokayev spoke in Almaty about the unrest in Kazakhstan.</p>
<p>${'Ordinary text. '.repeat(60)}</p>${extra}<script>${script}</script></body></html>`;

/** Forged hover on the first mention, 20 times a second (the mouse never moves). */
const FORGED_HOVER = `setInterval(() => {
  const text = document.getElementById('lead').firstChild;
  const range = document.createRange();
  range.setStart(text, 10); range.setEnd(text, 17);
  const box = range.getBoundingClientRect();
  const init = { clientX: box.left + 5, clientY: box.top + 5, bubbles: true, composed: true, pointerType: 'mouse' };
  const target = document.elementFromPoint(init.clientX, init.clientY);
  for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove']) {
    target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
  }
}, 50);`;

const TAKEOVER = `window.__attack = { hosts: 0, roots: 0 };
// The earlier host's tag, defined first: createElement would build this class, whose
// ElementInternals expose even a closed shadow root.
customElements.define('kazakhstan-context', class extends HTMLElement {
  constructor() { super(); this.internals = this.attachInternals(); }
});
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attachShadow.call(this, { ...init, mode: 'open' });
};
const forge = (root) => {
  window.__attack.roots += 1;
  for (const h of root.querySelectorAll('h2')) h.textContent = 'FORGED';
  for (const li of root.querySelectorAll('li')) li.textContent = 'FORGED: Tokayev resigned in 2023';
  for (const button of root.querySelectorAll('button')) button.click();
  for (const link of root.querySelectorAll('a')) for (let i = 0; i < 20; i += 1) link.click();
};
const attack = (element) => {
  window.__attack.hosts += 1;
  const root = element.shadowRoot ?? element.internals?.shadowRoot;
  if (root) forge(root);
  element.click();
  for (const key of ['Enter', 'Escape']) {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  }
};
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) attack(node);
}).observe(document.documentElement, { childList: true, subtree: true });
${FORGED_HOVER}`;

/** A top-layer bait over everything, shown as soon as our card's host appears. */
const TOP_LAYER_BAIT = `new MutationObserver(() => {
  const bait = document.getElementById('bait');
  if (!bait.matches(':popover-open')) bait.showPopover();
}).observe(document.documentElement, { childList: true });`;
const BAIT = `<div id="bait" popover="manual" style="position: fixed; inset: 0; width: 100vw;
  height: 100vh; margin: 0; border: 0; pointer-events: none; background: rgb(255 0 0 / 0.92);
  color: white; font: 40px sans-serif">You won! Click anywhere to claim your prize.</div>`;

/** A maximal z-index overlay, kept last in <html>. */
const Z_INDEX_OVERLAY = `const overlay = document.createElement('div');
overlay.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; pointer-events: none; background: red';
new MutationObserver(() => {
  if (document.documentElement.lastElementChild !== overlay) document.documentElement.append(overlay);
}).observe(document.documentElement, { childList: true });
document.documentElement.append(overlay);
window.__overlay = overlay;`;

describe('a page taking over the card, in Chromium', () => {
  const suite = useHostileSuite({
    '/takeover': page(TAKEOVER),
    '/bait': page(TOP_LAYER_BAIT, BAIT),
    '/overlay': page(Z_INDEX_OVERLAY),
    '/plain': page(''),
  });
  const open = (path: string) => suite.open(path);

  /** Hovers the first "Tokayev" for real and waits for its card. */
  async function hoverOpen(opened: OpenedPage): Promise<void> {
    const point = await mentionPoint(opened.tab, '#lead', 'Tokayev');
    await opened.tab.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await opened.card()).open, { timeout: 1_500 }).toBe(true);
  }

  /** Moves the real pointer into the card, onto a control, and lets the card be seen. */
  async function pointAt(opened: OpenedPage, name: string): Promise<Point> {
    const point = (await opened.card()).controls[name];
    if (!point) throw new Error(`No control named ${name}`);
    await opened.tab.mouse.move(point.x, point.y, { steps: 6 });
    await opened.tab.waitForTimeout(1_000); // longer than the 500 ms a card must be seen
    return point;
  }

  it('a page that defines our old tag, patches attachShadow and forges hovering cannot open, read or drive the card', async () => {
    const opened = await open('/takeover');
    const settings = await storedSettings(suite.browser);
    const tabs = watchNewTabs(suite.browser);
    await opened.tab.waitForTimeout(1_500); // 30 forged hovers
    expect((await opened.card()).open).toBe(false);
    expect(await storedSettings(suite.browser)).toEqual(settings);

    // The reader hovers for real: the card opens, and the page attacks what it can reach.
    await hoverOpen(opened);
    await opened.tab.waitForTimeout(1_000);
    const card = await opened.card();
    expect(card.open).toBe(true); // a forged Esc did not close it either
    expect(card.text).toContain('Kassym-Jomart Tokayev');
    expect(card.text).not.toContain('FORGED');
    const attack = await opened.tab.evaluate(() => (window as { __attack?: object }).__attack);
    expect(attack).toEqual({ hosts: 1, roots: 0 }); // it saw our host, never a root
    expect(await storedSettings(suite.browser)).toEqual(settings);
    expect(await tabs.pages()).toEqual([]);
    tabs.stop();
    await opened.close();
  });

  it.each(['Turn off on this site', 'Hide Tokayev'])(
    'a real click on "%s" under a top-layer bait the page put over the card changes nothing',
    async (name) => {
      const opened = await open('/bait');
      const settings = await storedSettings(suite.browser);
      await hoverOpen(opened);
      const point = await pointAt(opened, name);
      await opened.tab.mouse.click(point.x, point.y);
      await opened.tab.waitForTimeout(500);
      expect(await storedSettings(suite.browser)).toEqual(settings);
      const card = await opened.card();
      expect(card.open).toBe(true);
      expect(card.text).toContain('Nothing was changed');
      await opened.close();
    },
  );

  it('draws the card above a maximal z-index overlay kept last in <html>, and its buttons work', async () => {
    const opened = await open('/overlay');
    await hoverOpen(opened);
    const point = await pointAt(opened, 'Turn off on this site');
    const clip = { x: point.x - 20, y: point.y - 6, width: 40, height: 12 };
    const covered = await opened.tab.screenshot({ clip });
    await opened.tab.evaluate(() => {
      (window as unknown as { __overlay: HTMLElement }).__overlay.style.background = 'blue';
    });
    // The overlay's colour does not reach the button: the card is drawn above it.
    expect((await opened.tab.screenshot({ clip })).equals(covered)).toBe(true);
    await opened.tab.mouse.click(point.x, point.y);
    await expect
      .poll(
        async () =>
          ((await storedSettings(suite.browser)) as { disabledSites?: string[] })?.disabledSites,
      )
      .toEqual(['127.0.0.1']);
    await opened.close();
  });

  it.each<[string, (tab: Page, at: Point) => Promise<void>]>([
    ['a middle click', (tab, at) => tab.mouse.click(at.x, at.y, { button: 'middle' })],
    [
      'a Ctrl click',
      async (tab, at) => {
        await tab.keyboard.down('Control');
        await tab.mouse.click(at.x, at.y);
        await tab.keyboard.up('Control');
      },
    ],
  ])('%s on the source link opens the source page, never an error tab', async (_what, how) => {
    const opened = await open('/plain');
    const tabs = watchNewTabs(suite.browser);
    await hoverOpen(opened);
    const point = await pointAt(opened, 'the report');
    await how(opened.tab, point);
    await expect.poll(async () => (await tabs.pages()).length).toBe(1);
    const [source] = await tabs.pages();
    expect(source?.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/source\.html#fact-/);
    expect(await source?.title()).toBe('Source report · Kazakhstan Context');
    tabs.stop();
    await source?.close();
    await opened.close();
  });
});
