import { useEffect, useId, useState } from 'preact/hooks';
import { POPUP_WORDING } from '../popup/popup-wording';
import type { Shortcut } from './shortcuts';

/** Props of {@link ShortcutList}. */
export interface ShortcutListProps {
  /** Reads the commands and their keys (`readShortcuts`, or a fake). */
  load(): Promise<Shortcut[]>;
  /** Adds how to change them (the options page has the room). */
  withHint?: boolean;
}

/**
 * The keyboard shortcuts as the browser has them now (a rebinding shows), each with what it
 * does; "not set" where the reader has none. Nothing while they load or if the browser cannot
 * say.
 */
export function ShortcutList({ load, withHint = false }: ShortcutListProps) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const titleId = useId();
  useEffect(() => {
    let live = true;
    void load().then((found) => live && setShortcuts(found));
    return () => {
      live = false;
    };
  }, [load]);
  if (shortcuts.length === 0) return null;
  return (
    <section class="shortcuts" aria-labelledby={titleId}>
      <h2 id={titleId}>{POPUP_WORDING.shortcuts}</h2>
      <dl>
        {shortcuts.map(({ name, shortcut }) => (
          <div key={name} class="shortcut" data-command={name}>
            <dt>{POPUP_WORDING.commands[name] ?? name}</dt>
            <dd>{shortcut ? <kbd>{shortcut}</kbd> : POPUP_WORDING.noShortcut}</dd>
          </div>
        ))}
      </dl>
      {withHint && <p class="hint">{POPUP_WORDING.shortcutsHint}</p>}
    </section>
  );
}
