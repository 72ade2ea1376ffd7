import { describe, expect, it } from 'vitest';
import { useHostileSuite } from '../harness/hostile-suite';

/**
 * Regions that become editable, or stop being editable, after we read them (issue 15): an
 * editor is never highlighted (highlights would confuse typing), and text that stops being
 * one is.
 */
const FIXTURES: Record<string, string> = {
  '/regions': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>regions</title></head>
<body style="font: 18px/1.6 serif">
  <div id="plain">Tokayev in a plain region.</div>
  <div id="editor" contenteditable="true">Almaty in an editor.</div>
  <div id="textbox" role="textbox" tabindex="0">Kazakhstan in a textbox.</div>
  <p id="outside">Kazakhstan outside.</p>
</body></html>`,
};

const BEFORE = { kazakhstan: 1, tokayev: 1, almaty: 0 };

/** [what the page does, the counts then] */
const CHANGES: [string, string, Record<string, number>][] = [
  [
    'a region made contenteditable',
    `plain.setAttribute('contenteditable', '')`,
    { kazakhstan: 1, tokayev: 0, almaty: 0 },
  ],
  [
    'a region given role=textbox',
    `plain.setAttribute('role', 'textbox')`,
    { kazakhstan: 1, tokayev: 0, almaty: 0 },
  ],
  [
    'an editor whose contenteditable is removed',
    `editor.removeAttribute('contenteditable')`,
    { kazakhstan: 1, tokayev: 1, almaty: 1 },
  ],
  [
    'an editor set to contentEditable = "false"',
    `editor.contentEditable = 'false'`,
    { kazakhstan: 1, tokayev: 1, almaty: 1 },
  ],
  [
    'a textbox whose role is removed',
    `textbox.removeAttribute('role')`,
    { kazakhstan: 2, tokayev: 1, almaty: 0 },
  ],
  [
    'a region whose role changes between two non-textbox roles (nothing to do)',
    `plain.setAttribute('role', 'note')`,
    BEFORE,
  ],
];

describe('regions made editable or not after the scan, in Chromium', () => {
  const suite = useHostileSuite(FIXTURES);

  it.each(CHANGES)('%s: highlights follow', async (_name, script, after) => {
    const { tab, probe, state, close } = await suite.open('/regions');
    expect(state.counts).toEqual(BEFORE);
    await tab.evaluate(`{ const [plain, editor, textbox] = ['plain', 'editor', 'textbox']
      .map((id) => document.getElementById(id)); ${script}; }`);
    await expect.poll(async () => (await probe.state()).counts).toEqual(after);
    const total = Object.values(after).reduce((a, b) => a + b, 0);
    expect((await probe.state()).painted).toBe(total);
    expect(probe.problems).toEqual([]);
    await close();
  });

  /** The page turns designMode on and the reader clicks in: no highlight and no count left. */
  async function editWholeDocument(
    tab: Awaited<ReturnType<typeof suite.open>>['tab'],
    probe: Awaited<ReturnType<typeof suite.open>>['probe'],
  ) {
    await tab.evaluate(`document.designMode = 'on'`);
    await tab.click('#outside');
    await expect
      .poll(async () => (await probe.state()).counts)
      .toEqual({ kazakhstan: 0, tokayev: 0, almaty: 0 });
    expect((await probe.state()).painted).toBe(0);
  }

  it('a document put in designMode loses its highlights once the reader edits, and gets them back after', async () => {
    const { tab, probe, close } = await suite.open('/regions');
    await editWholeDocument(tab, probe);
    await tab.evaluate(`document.designMode = 'off'`);
    await tab.click('#plain');
    await expect.poll(async () => (await probe.state()).counts).toEqual(BEFORE);
    expect(probe.problems).toEqual([]);
    await close();
  });

  // document.open() erases every listener, the one that notices designMode included.
  const rewritten = FIXTURES['/regions']?.replace(
    'in a plain region',
    'and Almaty in a plain region',
  );
  it.each([
    [
      'rewritten by document.open()',
      // A page's own script (as a string: our sources never call document.write).
      `{ document.open(); document.write(${JSON.stringify(rewritten ?? '')}); document.close(); }`,
      { ...BEFORE, almaty: 1 },
    ],
    [
      'emptied by document.open() and given its old root back',
      `{ const root = document.documentElement; document.open(); document.append(root); document.close(); }`,
      BEFORE,
    ],
  ])(
    'a document %s, then put in designMode, loses its highlights once the reader edits',
    async (_name, script, counts) => {
      const { tab, probe, close } = await suite.open('/regions');
      await tab.evaluate(script);
      await expect.poll(async () => (await probe.state()).counts).toEqual(counts);
      await editWholeDocument(tab, probe);
      expect(probe.problems).toEqual([]);
      await close();
    },
  );
});
