import { browser } from 'wxt/browser';

/** One of our keyboard commands and the key the reader has for it now. */
export interface Shortcut {
  /** The manifest's command name, e.g. `next-mention`. */
  name: string;
  /** As the browser shows it ("Alt+Shift+N"); empty or absent where none is set. */
  shortcut?: string;
}

/** The part of `browser.commands` read here (a fake in tests). */
export interface CommandsLike {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
}

/**
 * Our commands with their current keys, read from the browser each time, so that a key the
 * reader changed in the browser's shortcut settings is what we show. Never rejects: no list
 * where the browser cannot say.
 */
export async function readShortcuts(
  commands: CommandsLike = browser.commands,
): Promise<Shortcut[]> {
  try {
    const all = await commands.getAll();
    return all.flatMap(({ name, shortcut }) =>
      // `_execute_action` is the browser's own "open the popup" entry: not one of ours.
      name && !name.startsWith('_') ? [{ name, ...(shortcut ? { shortcut } : {}) }] : [],
    );
  } catch {
    return [];
  }
}
