import { describe, expect, it } from 'vitest';
import { useHostileSuite } from '../harness/hostile-suite';

/**
 * Shadow roots that appear after their host was scanned (issue 15). Attaching an open shadow
 * root makes no mutation record, so these pages used to keep their shadow text unread.
 */
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late shadows</title></head>
<body><p>Kazakhstan in the light tree.</p>${body}</body></html>`;

const FIXTURES: Record<string, string> = {
  // Defined once the scan is over, upgraded then: the constructor attaches and fills the root.
  '/defined-later': page('<kc-late></kc-late>'),
  // Defined from the start; it attaches its root only when its data has "arrived".
  '/attached-later': page(`<kc-slow></kc-slow>
    <script>
      customElements.define('kc-slow', class extends HTMLElement {
        load() { this.attachShadow({ mode: 'open' }).innerHTML = '<p>Tokayev in a late root.</p>'; }
      });
    </script>`),
  // A host of fixed size: its new root changes nothing a ResizeObserver sees.
  '/fixed-size': page(`<kc-fixed style="display: block; width: 300px; height: 40px"></kc-fixed>`),
};

/** Scripts the page runs once we have scanned it. */
const LATER: [string, string, string][] = [
  [
    'a custom element defined after the scan',
    '/defined-later',
    `customElements.define('kc-late', class extends HTMLElement {
       constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Tokayev, defined late.</p>'; }
     })`,
  ],
  [
    'a defined custom element attaching its root later',
    '/attached-later',
    `document.querySelector('kc-slow').load()`,
  ],
  [
    'a fixed-size host attaching its root later, then any change in the page',
    '/fixed-size',
    `document.querySelector('kc-fixed').attachShadow({ mode: 'open' }).innerHTML = '<p>Tokayev.</p>';
     document.body.append(document.createElement('hr'))`,
  ],
];

describe('shadow roots attached after the scan, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it.each(LATER)('%s: its text is read and followed', async (_name, path, script) => {
    const { tab, probe, state, close } = await suite.open(path);
    expect(state.counts).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 0 });
    await tab.evaluate(script);
    await expect
      .poll(async () => (await probe.state()).counts, { timeout: 3_000 })
      .toEqual({ kazakhstan: 1, tokayev: 1, almaty: 0 });
    // The new root is watched: a name added inside it later is counted too.
    await tab.evaluate(`{
      const host = document.querySelector('kc-late, kc-slow, kc-fixed');
      host.shadowRoot.append(Object.assign(document.createElement('p'), { textContent: 'Almaty too.' }));
    }`);
    await expect
      .poll(async () => (await probe.state()).counts, { timeout: 3_000 })
      .toEqual({ kazakhstan: 1, tokayev: 1, almaty: 1 });
    const tabId = await suite.browser.tabIdOf(tab);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('3');
    expect(probe.problems).toEqual([]);
    await close();
  });
});
