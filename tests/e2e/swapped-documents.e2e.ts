import { describe, expect, it } from 'vitest';
import { useHostileSuite } from '../harness/hostile-suite';
import { highlightSizes } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';

/**
 * Pages that replace their body or their whole document after we scanned it (issue 15): the
 * scanner must follow the document wherever it goes.
 */
const OLD_BODY = '<h1>Kazakhstan today</h1><p>News from Kazakhstan.</p>';
const NEW_BODY =
  '<p id="lead" style="font: 20px/1.6 serif">President Tokayev spoke in Almaty.</p><p>Tokayev again.</p>';

const FIXTURES: Record<string, string> = {
  '/old': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kazakhstan</title></head><body>${OLD_BODY}</body></html>`,
};

/** Scripts that swap the body or the document, as frameworks and old pages do. */
const SWAPS: [string, string][] = [
  [
    'body.replaceWith(a new body)',
    `{ const body = document.createElement('body'); body.innerHTML = NEW; document.body.replaceWith(body); }`,
  ],
  [
    'documentElement.replaceChild(new body, old body)',
    `{ const body = document.createElement('body'); body.innerHTML = NEW;
       document.documentElement.replaceChild(body, document.body); }`,
  ],
  [
    'document.replaceChild(new html, old html)',
    `{ const html = document.createElement('html');
       html.innerHTML = '<head><title>t</title></head><body>' + NEW + '</body>';
       document.replaceChild(html, document.documentElement); }`,
  ],
  [
    'document.open, write and close',
    `{ document.open(); document.write('<!doctype html><html><head><title>Kazakhstan</title></head><body>' + NEW + '</body></html>'); document.close(); }`,
  ],
  [
    'a Turbo-style swap (parsed body adopted, URL pushed)',
    `{ const next = new DOMParser().parseFromString('<body>' + NEW + '</body>', 'text/html');
       document.body.replaceWith(document.adoptNode(next.body));
       history.pushState({}, '', '/next'); }`,
  ],
];

/** Our highlights that paint something (a name without ranges may stay registered). */
async function paintedSizes(tab: Parameters<typeof highlightSizes>[0]) {
  const sizes = await highlightSizes(tab);
  return Object.fromEntries(Object.entries(sizes).filter(([, size]) => size > 0));
}

describe('swapped bodies and rewritten documents, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it.each(SWAPS)(
    '%s: new names highlighted and counted, the old ones dropped, later edits followed',
    async (_name, script) => {
      const { tab, probe, state, card, close } = await suite.open('/old');
      expect(state.counts).toEqual({ kazakhstan: 2, tokayev: 0, almaty: 0 });
      const tabId = await suite.browser.tabIdOf(tab);
      await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('2');

      await tab.evaluate(`{ const NEW = ${JSON.stringify(NEW_BODY)}; ${script} }`);
      await expect
        .poll(async () => (await probe.state()).counts)
        .toEqual({ kazakhstan: 0, tokayev: 2, almaty: 1 });
      await expect.poll(() => paintedSizes(tab)).toEqual({ 'kc-tokayev': 2, 'kc-almaty': 1 });
      await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('3');

      // The reader hovers a new name: its card opens.
      const point = await mentionPoint(tab, '#lead', 'Tokayev');
      await tab.mouse.move(point.x, point.y, { steps: 2 });
      await expect.poll(async () => (await card()).open, { timeout: 2_000 }).toBe(true);
      await tab.mouse.move(2, 2);

      // The page goes on changing its new body: those changes are followed too.
      await tab.evaluate(`document.body.append(Object.assign(document.createElement('p'),
        { textContent: 'Kazakhstan once more.' }))`);
      await expect
        .poll(async () => (await probe.state()).counts)
        .toEqual({ kazakhstan: 1, tokayev: 2, almaty: 1 });
      await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('4');
      expect(probe.problems).toEqual([]);
      await close();
    },
  );
});
