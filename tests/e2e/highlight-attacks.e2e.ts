import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storeSettings } from '../harness/extension-state';
import { useHostileSuite } from '../harness/hostile-suite';
import { mentionPoint } from '../harness/mention-point';
import { paintedTexts } from '../harness/page-watch';

/** Pages that tamper with our highlights or look for traces of us (issue 10, 5 and 6). */
const page = (body: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>probe</title>
<body style="font: 18px/1.6 serif; margin: 40px">${body}</body></html>`;

const FIXTURES: Record<string, string> = {
  '/mentions': page(
    `<p id="lead">President Tokayev spoke in Almaty about Kazakhstan.</p>
    <p id="filler">${'Other words on this page. '.repeat(500)}</p>`,
  ),
  '/nothing': page(`<p id="lead">Nothing here names any of the three.</p>`),
};

/** What a page can find out about us: registry names, our style rules, extra elements. */
async function traces(tab: Page) {
  return tab.evaluate(() => {
    const p = document.getElementById('lead') as HTMLElement;
    const ruleOf = (name: string) => getComputedStyle(p, `::highlight(${name})`).backgroundColor;
    return {
      names: [...CSS.highlights.keys()].filter((name) => name.startsWith('kc-')),
      styled: ruleOf('kc-kazakhstan') !== ruleOf('no-such-highlight'),
      sheets: document.adoptedStyleSheets.length,
      elements: document.documentElement.children.length,
    };
  });
}
const NONE = { names: [], styled: false, sheets: 0, elements: 2 };

describe('our highlights against a page that tampers with them or looks for us, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);
  const open = (path: string, highlighted = true) => suite.open(path, { highlighted });

  const EXPECTED = {
    'kc-tokayev': ['Tokayev'],
    'kc-almaty': ['Almaty'],
    'kc-kazakhstan': ['Kazakhstan'],
  };

  it('repairs, within a second, Highlights the page cleared and re-prioritised', async () => {
    const { tab, close } = await open('/mentions');
    expect(await paintedTexts(tab)).toEqual(EXPECTED);
    await tab.evaluate(() =>
      CSS.highlights.forEach((highlight) => {
        highlight.clear();
        highlight.priority = 50;
      }),
    );
    await expect.poll(() => paintedTexts(tab), { timeout: 1_300, interval: 50 }).toEqual(EXPECTED);
    expect(await tab.evaluate(() => CSS.highlights.get('kc-tokayev')?.priority)).toBe(0);
    await close();
  });

  it('drops, within a second, 2,000 ranges the page added to ours, and keeps its cap', async () => {
    const { tab, close } = await open('/mentions');
    await tab.evaluate(() => {
      const text = document.getElementById('filler')?.firstChild as Text;
      const ours = CSS.highlights.get('kc-tokayev');
      for (let i = 0; i < 2_000; i += 1) {
        const at = (i * 13) % (text.length - 5);
        ours?.add(
          new StaticRange({
            startContainer: text,
            startOffset: at,
            endContainer: text,
            endOffset: at + 5,
          }),
        );
      }
    });
    await expect
      .poll(async () => (await paintedTexts(tab))['kc-tokayev'], { timeout: 1_300, interval: 50 })
      .toEqual(['Tokayev']);
    // New mentions are still painted: the page's ranges never counted against our cap.
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Almaty, Almaty and Almaty again.';
      document.body.append(p);
    });
    await expect.poll(async () => (await paintedTexts(tab))['kc-almaty']?.length).toBe(4);
    await close();
  });

  it('shows a page without a mention no highlight name, no style rule and no element', async () => {
    const { tab, close } = await open('/nothing', false);
    await tab.waitForTimeout(1_200); // past a repair round
    expect(await traces(tab)).toEqual(NONE);
    // The same probes do see us once there is something to show, and not after it has gone.
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Kazakhstan';
      document.body.append(p);
    });
    await expect
      .poll(() => traces(tab))
      .toEqual({ names: ['kc-kazakhstan'], styled: true, sheets: 1, elements: 2 });
    await tab.evaluate(() => document.getElementById('added')?.remove());
    await expect.poll(() => traces(tab)).toEqual(NONE);
    await close();
  });

  it('shows a page on a site the reader switched off nothing of us', async () => {
    await storeSettings(suite.browser, { version: 2, disabledSites: ['127.0.0.1'] });
    const { tab, state, close } = await open('/mentions', false);
    expect(state.counts).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 0 });
    await tab.waitForTimeout(1_200);
    expect(await traces(tab)).toEqual(NONE);
    await close();
  });

  it('adds its card host only while a card is open', async () => {
    const { tab, card, close } = await open('/mentions');
    const point = await mentionPoint(tab, '#lead', 'Tokayev');
    await tab.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(true);
    expect((await traces(tab)).elements).toBe(3);
    await tab.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open, { timeout: 500 }).toBe(false);
    expect((await traces(tab)).elements).toBe(2);
    await close();
  });
});
