import { describe, expect, it } from 'vitest';
import { readShortcuts } from '@/src/ui/shortcuts';

describe('reading the keyboard shortcuts from the browser', () => {
  it.each([
    [
      'ours with their keys, the toolbar button’s own entry left out',
      [
        { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
        { name: 'next-mention', shortcut: 'Alt+Shift+J' },
        { name: 'previous-mention', shortcut: '' },
      ],
      [{ name: 'next-mention', shortcut: 'Alt+Shift+J' }, { name: 'previous-mention' }],
    ],
    ['nothing when the browser lists none', [], []],
  ])('gives %s', async (_what, all, expected) => {
    expect(await readShortcuts({ getAll: async () => all })).toEqual(expected);
  });

  it('gives nothing, and does not throw, where the browser cannot say', async () => {
    const failing = { getAll: () => Promise.reject(new Error('no commands API')) };
    expect(await readShortcuts(failing)).toEqual([]);
  });
});
