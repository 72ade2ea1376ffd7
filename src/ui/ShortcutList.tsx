import { useEffect, useId, useState } from 'preact/hooks';
import { popupWords } from '../popup/popup-messages';
import { useLanguage } from './language';
import type { Shortcut } from './shortcuts';

/** What each of our commands does, by its manifest name. */
const COMMANDS = {
  'next-mention': 'common.nextMention',
  'previous-mention': 'common.previousMention',
} as const;

const isOurs = (name: string): name is keyof typeof COMMANDS => Object.hasOwn(COMMANDS, name);

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
  const tr = popupWords(useLanguage());
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
      <h2 id={titleId}>{tr.t('common.shortcuts')}</h2>
      <dl>
        {shortcuts.map(({ name, shortcut }) => (
          <div key={name} class="shortcut" data-command={name}>
            <dt>{isOurs(name) ? tr.t(COMMANDS[name]) : name}</dt>
            <dd>{shortcut ? <kbd>{shortcut}</kbd> : tr.t('common.noShortcut')}</dd>
          </div>
        ))}
      </dl>
      {withHint && <p class="hint">{tr.t('common.shortcutsHint')}</p>}
    </section>
  );
}
