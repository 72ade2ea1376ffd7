import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CardState } from '../harness/card-state';
import { storedSettings } from '../harness/extension-state';
import { useHostileSuite } from '../harness/hostile-suite';
import { mentionPoint } from '../harness/mention-point';

/** Pages that blind, bury or steal focus from the card (issue 10's findings 3 and 4). */
const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>hostile</title>
<body style="font: 18px/1.6 serif; margin: 40px; max-width: 700px">${body}
<script>${script}</script></body></html>`;

const LEAD = '<p id="lead" data-page>President Tokayev spoke in Almaty about Kazakhstan.</p>';
const INPUT_EVENTS = `['pointermove', 'pointerover', 'pointerout', 'pointerdown', 'mousemove',
  'mouseover', 'mousedown', 'click', 'keydown', 'keyup']`;

const FIXTURES: Record<string, string> = {
  // Stops every input event at its first stop, before anything else on the page sees it.
  '/stop': page(
    LEAD,
    `for (const type of ${INPUT_EVENTS}) window.addEventListener(type, (e) => e.stopPropagation(), true);`,
  ),
  // The same, immediately, for keys: no listener added after this one on window runs at all.
  '/stop-keys': page(
    LEAD,
    `for (const type of ['keydown', 'keyup']) window.addEventListener(type, (e) => e.stopImmediatePropagation(), true);`,
  ),
  '/modal': page(
    `<p>Outside the dialog.</p><dialog id="dialog" data-page style="width: 600px; height: 420px">
      ${LEAD}<button data-page>OK</button></dialog>`,
    `document.getElementById('dialog').showModal();`,
  ),
  // A focus trap in the style of focus-trap: focus anywhere outside the box is pulled back.
  '/trap-document': page(
    `<div id="box"><button id="first">Stay here</button></div>${LEAD}`,
    `const box = document.getElementById('box');
    document.addEventListener('focusin', (e) => {
      if (!box.contains(e.target)) document.getElementById('first').focus();
    }, true);`,
  ),
  // A modal that pulls focus back when it leaves it, in the style of Radix's FocusScope.
  '/trap-container': page(
    `<div id="box" role="dialog" aria-modal="true">${LEAD}<button id="first">Stay here</button></div>`,
    `const box = document.getElementById('box');
    box.addEventListener('focusout', (e) => {
      if (e.relatedTarget && !box.contains(e.relatedTarget)) document.getElementById('first').focus();
    });`,
  ),
};

describe('the card on pages that blind, bury or trap it, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);
  const open = (path: string) => suite.open(path);

  async function hover(tab: Page, card: () => Promise<CardState>): Promise<void> {
    const point = await mentionPoint(tab, '#lead', 'Tokayev');
    await tab.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(true);
  }

  /** The keyboard command "next mention": opens its card with focus in it. */
  async function stepFromKeyboard(tab: Page): Promise<void> {
    const tabId = await suite.browser.tabIdOf(tab);
    await (
      await suite.browser.worker()
    ).evaluate((id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      };
      return chrome.tabs.sendMessage(id, { type: 'kc:step-mention', direction: 'next' });
    }, tabId);
  }

  it('opens on hover and closes on Esc when the page stops propagation on window, capturing', async () => {
    const { tab, card, close } = await open('/stop');
    await hover(tab, card);
    await tab.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);
    await stepFromKeyboard(tab);
    await expect.poll(async () => (await card()).focused).toBe(true);
    await tab.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);
    await close();
  });

  it('closes a keyboard-opened card on Esc even when the page swallows every key event', async () => {
    const { tab, card, close } = await open('/stop-keys');
    await stepFromKeyboard(tab);
    await expect.poll(async () => (await card()).focused).toBe(true);
    await tab.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);
    await close();
  });

  it('draws the card above a modal dialog, where its buttons work and Esc closes it first', async () => {
    const { tab, card, close } = await open('/modal');
    await hover(tab, card);
    const rect = (await card()).rect;
    if (!rect) throw new Error('no card rect');
    // What the page's own hit test finds at the card's centre: our host, not the dialog.
    const hit = await tab.evaluate(
      ({ x, y }) => {
        const element = document.elementFromPoint(x, y);
        return { tag: element?.localName, page: element?.hasAttribute('data-page') };
      },
      { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 },
    );
    expect(hit).toEqual({ tag: 'div', page: false });

    await tab.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);
    expect(await tab.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);

    await tab.mouse.move(20, 20); // off the mention: Esc dismissed it while the pointer rested
    await hover(tab, card);
    const name = 'Hide Tokayev';
    const button = (await card()).controls[name];
    if (!button) throw new Error(`no ${name} button`);
    await tab.mouse.move(button.x, button.y, { steps: 6 });
    await tab.waitForTimeout(1_000);
    await tab.mouse.click(button.x, button.y);
    await expect
      .poll(async () => (await storedSettings(suite.browser)) as { hiddenEntities?: string[] })
      .toMatchObject({ hiddenEntities: ['tokayev'] });
    await close();
  });

  it.each([
    ['a document-level focusin trap', '/trap-document'],
    ['an ARIA modal that pulls focus back when it leaves', '/trap-container'],
  ])('keeps focus in a keyboard-opened card against %s', async (_what, path) => {
    const { tab, card, close } = await open(path);
    await tab.locator('#first').focus();
    await stepFromKeyboard(tab);
    await expect.poll(async () => (await card()).open).toBe(true);
    await tab.waitForTimeout(300);
    expect((await card()).focused).toBe(true);
    await tab.keyboard.press('Tab');
    expect((await card()).focused).toBe(true);
    await tab.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('first');
    await close();
  });
});
