import { describe, expect, it } from 'vitest';
import { useHostileSuite } from '../harness/hostile-suite';

/**
 * Mentions a reader cannot see (issue 15): the badge, the popup's counts and next/previous
 * mention count and step only rendered text (README, "What counts as a mention").
 */
const FIXTURES: Record<string, string> = {
  '/hidden': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hidden</title></head>
<body style="font: 18px/1.6 serif; margin: 30px">
  <p id="shown">Kazakhstan is shown.</p>
  <p id="attr" hidden>Tokayev behind the hidden attribute.</p>
  <div id="none" style="display: none"><p>Tokayev in display: none.</p></div>
  <details id="details"><summary id="summary">Almaty in a summary</summary>
    <p id="inside">Tokayev in a closed details.</p>Kazakhstan directly in it.</details>
  <p id="invisible" style="visibility: hidden">Tokayev with visibility: hidden.</p>
  <p id="until" hidden="until-found">Tokayev hidden until found.</p>
  <div style="height: 2500px"></div>
  <p id="far">Almaty far below, scrolled out of view.</p>
</body></html>`,
};

const VISIBLE = { kazakhstan: 1, tokayev: 0, almaty: 2 };

describe('mentions a reader cannot see, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it('counts only rendered mentions, and follows what the page shows or hides', async () => {
    const { tab, probe, state, close } = await suite.open('/hidden');
    expect(state.counts).toEqual(VISIBLE);
    const tabId = await suite.browser.tabIdOf(tab);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('3');

    // The reader opens the details: its two names count now.
    await tab.click('#summary');
    await expect
      .poll(async () => (await probe.state()).counts)
      .toEqual({ kazakhstan: 2, tokayev: 1, almaty: 2 });
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('5');
    // The page shows a hidden paragraph, and closes the details again.
    await tab.evaluate(`document.getElementById('attr').hidden = false;
      document.getElementById('details').open = false`);
    await expect
      .poll(async () => (await probe.state()).counts)
      .toEqual({ kazakhstan: 1, tokayev: 1, almaty: 2 });
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('4');
    expect(probe.problems).toEqual([]);
    await close();
  });

  it('steps only through rendered mentions, wrapping around', async () => {
    const { tab, probe, card, close } = await suite.open('/hidden');
    const tabId = await suite.browser.tabIdOf(tab);
    const step = async () =>
      (await suite.browser.worker()).evaluate((id) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        };
        return chrome.tabs.sendMessage(id, { type: 'kc:step-mention', direction: 'next' });
      }, tabId);
    // Where the active mention is: the id of the element around it.
    const activeAt = () =>
      tab.evaluate(() => {
        const [range] = [...(CSS.highlights.get('kc-active') ?? [])];
        return range?.startContainer.parentElement?.closest('[id]')?.id ?? null;
      });
    const visited: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      expect(await step()).toEqual({ found: true });
      await expect.poll(async () => (await card()).open).toBe(true);
      visited.push(await activeAt());
      const rect = (await card()).rect;
      expect(rect !== null && rect.top > 0 && rect.left > 0).toBe(true);
    }
    expect(visited).toEqual(['shown', 'summary', 'far', 'shown']);
    expect(probe.problems).toEqual([]);
    await close();
  });
});
