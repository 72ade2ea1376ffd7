import { describe, expect, it } from 'vitest';
import { useHostileSuite } from '../harness/hostile-suite';

/**
 * Text moved where we do not read (issue 15): into a same-origin iframe (another document) or
 * into a closed shadow root the page made. It is still "connected", but no longer ours to count.
 */
const FIXTURES: Record<string, string> = {
  '/moves': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>moves</title></head>
<body><p>Kazakhstan stays.</p><p id="lead">Tokayev and Almaty move away.</p>
<div id="host"></div><iframe id="frame" srcdoc="<p>A frame.</p>"></iframe></body></html>`,
};

const MOVES: [string, string][] = [
  [
    'into a same-origin iframe',
    `document.getElementById('frame').contentDocument.body.append(document.getElementById('lead'))`,
  ],
  [
    'into a closed shadow root',
    `document.getElementById('host').attachShadow({ mode: 'closed' }).append(document.getElementById('lead'))`,
  ],
];

describe('text moved out of our reach, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it.each(MOVES)('%s: its mentions are dropped from the counts', async (_name, script) => {
    const { tab, probe, state, close } = await suite.open('/moves');
    expect(state.counts).toEqual({ kazakhstan: 1, tokayev: 1, almaty: 1 });
    const tabId = await suite.browser.tabIdOf(tab);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('3');
    await tab.evaluate(script);
    await expect
      .poll(async () => (await probe.state()).counts)
      .toEqual({ kazakhstan: 1, tokayev: 0, almaty: 0 });
    expect((await probe.state()).indexedNodes).toBe(1);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('1');
    expect(probe.problems).toEqual([]);
    await close();
  });
});
