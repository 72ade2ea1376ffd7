import { vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import type { SettingsStore } from '@/src/settings/settings-store';
import { normaliseSiteKey } from '@/src/settings/site-key';
import { validateSettings } from '@/src/settings/validate';

/** A {@link SettingsStore} in memory, with spies and a way to change it "from another window". */
export interface MemorySettingsStore extends SettingsStore {
  /** What is stored now. */
  current(): Settings;
  /** Stores `settings` as another context would: listeners hear of it, no method is called. */
  changeElsewhere(settings: Settings): void;
  /** Makes the next writes reject, as storage does when over quota. */
  failWrites(reason: string | null): void;
  /** How many listeners are subscribed. */
  listenerCount(): number;
}

/**
 * Behaves like `createSettingsStore` as the UI sees it: writes are validated and rejected whole
 * if invalid, and every write (this context's too) is announced to subscribers afterwards, as
 * `storage.onChanged` does. Methods are `vi.fn` spies.
 */
export function createMemorySettingsStore(initial: Partial<Settings> = {}): MemorySettingsStore {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  let failure: string | null = null;
  const listeners = new Set<(settings: Settings) => void>();
  const announce = () => {
    const snapshot = stored;
    // storage.onChanged fires after the write resolves, in a later task.
    setTimeout(() => listeners.forEach((listener) => listener(snapshot)), 0);
  };
  const update = vi.fn(async (change: (settings: Settings) => Settings) => {
    if (failure !== null) throw new Error(failure);
    const checked = validateSettings(change(stored));
    if (checked.problems.length > 0) throw new Error(checked.problems.join('; '));
    stored = checked.settings;
    announce();
    return stored;
  });
  return {
    get: vi.fn(async () => stored),
    update,
    setSiteEnabled: vi.fn(async (site: string, on: boolean) => {
      const key = normaliseSiteKey(site);
      if (key === null) throw new TypeError(`Not a site key: ${site}`);
      return update((s) => {
        const others = s.disabledSites.filter((k) => k !== key);
        return { ...s, disabledSites: on ? others : [...others, key] };
      });
    }),
    reset: vi.fn(() => update(() => ({ ...DEFAULT_SETTINGS }))),
    repair: vi.fn(async () => false),
    deviceOnlySites: vi.fn(async () => []),
    subscribe: vi.fn((listener: (settings: Settings) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    current: () => stored,
    changeElsewhere(settings) {
      stored = settings;
      announce();
    },
    failWrites(reason) {
      failure = reason;
    },
    listenerCount: () => listeners.size,
  };
}
