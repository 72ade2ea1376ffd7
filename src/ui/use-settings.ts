import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/settings-store';

/** What {@link useSettings} gives a page. */
export interface SettingsHandle {
  /** Null until the first read. */
  settings: Settings | null;
  /**
   * Shows `expected` at once (a switch must not spring back while storage writes), then runs
   * `write` and shows what it stored. If it rejects, shows the stored settings again and sets
   * `error`.
   */
  save(expected: (settings: Settings) => Settings, write: () => Promise<Settings>): void;
  /** The last failed write, for a message; cleared by the next successful one. */
  error: string | null;
}

/**
 * The store's settings, kept live: a change made in another window, tab or the card shows at
 * once. Unsubscribes on unmount.
 */
export function useSettings(store: SettingsStore): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    const unsubscribe = store.subscribe((next) => {
      if (mounted.current) setSettings(next);
    });
    void store.get().then((read) => {
      // A change that arrived while reading is newer than the read.
      if (mounted.current) setSettings((current) => current ?? read);
    });
    return () => {
      mounted.current = false;
      unsubscribe();
    };
  }, [store]);

  const save = useCallback<SettingsHandle['save']>(
    (expected, write) => {
      setSettings((current) => (current ? expected(current) : current));
      write().then(
        (stored) => {
          if (!mounted.current) return;
          setSettings(stored);
          setError(null);
        },
        async (reason: unknown) => {
          const stored = await store.get();
          if (!mounted.current) return;
          setSettings(stored);
          setError(reason instanceof Error ? reason.message : String(reason));
        },
      );
    },
    [store],
  );

  return { settings, save, error };
}
