import { vi } from 'vitest';
import type { PageState } from '@/src/messaging/protocol';
import type { PopupApi, PopupTab } from '@/src/popup/popup-api';
import type { SettingsStore } from '@/src/settings/settings-store';

/** What the fake browser shows the popup. */
export interface FakePopupSetup {
  tab?: PopupTab | null;
  /** The content script's answer; null: no content script. */
  state?: PageState | null;
  /** What "Next mention" finds. */
  found?: boolean;
  /** The commands and keys the browser reports. */
  shortcuts?: { name: string; shortcut?: string }[];
  /** The browser's UI language (default "en-US"). */
  uiLanguage?: string;
}

/** A {@link PopupApi} whose methods are spies answering from `setup`. */
export function createFakePopupApi(settings: SettingsStore, setup: FakePopupSetup = {}) {
  const { tab = { id: 7, url: 'https://www.example.com/news' }, found = true } = setup;
  const state = setup.state === undefined ? null : setup.state;
  return {
    settings,
    getTab: vi.fn(async () => tab),
    getPageState: vi.fn(async (_tabId: number) => state),
    nextMention: vi.fn(async (_tabId: number, _entityId: string | null) => found),
    sourceUrl: vi.fn((factId?: string) =>
      factId === undefined ? 'ext:/source.html' : `ext:/source.html#fact-${factId}`,
    ),
    openOptions: vi.fn(async () => undefined),
    getShortcuts: vi.fn(async () => setup.shortcuts ?? []),
    uiLanguage: () => setup.uiLanguage ?? 'en-US',
  } satisfies PopupApi;
}
