import { browser } from 'wxt/browser';
import type { EntityId } from '../dossier/types';
import { browserLanguage } from '../i18n/browser-language';
import { isNextMentionResult, isPageState } from '../messaging/guards';
import type { GetStateMessage, NextMentionMessage } from '../messaging/protocol';
import type { SettingsStore } from '../settings/settings-store';
import { readShortcuts } from '../ui/shortcuts';
import type { PopupApi, PopupTab } from './popup-api';

/** The fields of a `tabs.Tab` the popup reads. */
interface TabLike {
  id?: number;
  url?: string;
}

// Digits only: `Number('1e3')`, `Number(' 7')` or `Number('0x10')` would also give integers.
const TAB_ID = /^[1-9][0-9]*$/;

/**
 * The tab id in `?tabId=<id>` (e2e tests open the popup in a tab of its own, so "active tab"
 * would be the popup itself): undefined when absent, null when present but not a positive
 * safe integer.
 */
export function tabIdFromSearch(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null) return undefined;
  const id = Number(raw);
  return TAB_ID.test(raw) && Number.isSafeInteger(id) ? id : null;
}

function toPopupTab(tab: TabLike | undefined): PopupTab | null {
  if (tab?.id === undefined) return null;
  // Without the `tabs` permission the browser leaves `url` out (or empty) for most tabs.
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}

/** Sends to the tab's content script; any failure (no receiver, tab gone) reads as no answer. */
async function ask(tabId: number, message: GetStateMessage | NextMentionMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}

/**
 * The popup's view of the browser: the active tab (or the one named by `?tabId=`), its content
 * script's answers checked with the message guards, and the extension's own pages. No method
 * rejects: a page where content scripts cannot run is a normal state, not an error.
 */
export function createBrowserPopupApi(
  settings: SettingsStore,
  win: Pick<Window, 'location'> = window,
): PopupApi {
  return {
    settings,
    async getTab() {
      try {
        const id = tabIdFromSearch(win.location.search);
        if (id === null) return null;
        if (id !== undefined) return toPopupTab(await browser.tabs.get(id));
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        return toPopupTab(active);
      } catch {
        // tabs.get rejects for a tab that no longer exists.
        return null;
      }
    },
    async getPageState(tabId) {
      const answer = await ask(tabId, { type: 'kc:get-state' });
      return isPageState(answer) ? answer : null;
    },
    async nextMention(tabId, entityId: EntityId | null) {
      const answer = await ask(tabId, { type: 'kc:next-mention', entityId });
      return isNextMentionResult(answer) && answer.found;
    },
    sourceUrl(factId) {
      const page = browser.runtime.getURL('/source.html');
      return factId === undefined ? page : `${page}#fact-${encodeURIComponent(factId)}`;
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    getShortcuts: () => readShortcuts(),
    uiLanguage: browserLanguage,
  };
}
