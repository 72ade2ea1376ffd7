import { describe, expect, it } from 'vitest';
import { useHostileSuite } from '../harness/hostile-suite';
import { mentionPoint } from '../harness/mention-point';

/** Pages whose text changes under a hovered mention (issue 15). */
const page = (body: string) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>changing text</title>
<body style="font: 18px/1.6 serif; margin: 40px; max-width: 700px">${body}</body></html>`;

const FIXTURES: Record<string, string> = {
  '/lead': page('<p id="lead">In a long opening sentence, President Tokayev spoke.</p>'),
};

/** Scripts run in the page while the pointer rests on "Tokayev", before the hover delay ends. */
const CHANGES: [string, string][] = [
  // The text ends before the mention did: its offsets lie past the node's end.
  ['cut before the mention', `lead.firstChild.data = 'In a long'`],
  // The name is still there, earlier in the node: only a fresh hover may open its card.
  ['shortened in front of the mention', `lead.firstChild.data = 'Tokayev spoke.'`],
  // The node leaves the document.
  ['removed', `lead.firstChild.remove()`],
];

describe('the card when the page changes the hovered text, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it.each(CHANGES)(
    'text %s during the hover delay: no error in the page, no stray card',
    async (_name, script) => {
      const { tab, probe, card, close } = await suite.open('/lead');
      const point = await mentionPoint(tab, '#lead', 'Tokayev');
      await tab.mouse.move(point.x, point.y, { steps: 2 });
      await tab.waitForTimeout(60);
      await tab.evaluate(`{ const lead = document.getElementById('lead'); ${script}; }`);
      // Past the 300 ms delay, and a frame for the card to be placed.
      await tab.waitForTimeout(700);
      expect(probe.problems).toEqual([]);
      expect((await card()).open).toBe(false);

      // The reader moves on and back: what is there now opens where it is.
      await tab.mouse.move(5, 5);
      const now = await tab.evaluate(`document.getElementById('lead').textContent`);
      if (typeof now === 'string' && now.includes('Tokayev')) {
        const again = await mentionPoint(tab, '#lead', 'Tokayev');
        await tab.mouse.move(again.x, again.y, { steps: 2 });
        await expect.poll(async () => (await card()).open, { timeout: 1_500 }).toBe(true);
        // Next to the mention, not at the viewport's corner.
        const rect = (await card()).rect;
        expect(rect !== null && rect.left > 0 && rect.top > 0).toBe(true);
      }
      expect(probe.problems).toEqual([]);
      await close();
    },
  );
});
