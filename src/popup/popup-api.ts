import type { EntityId } from '../dossier/types';
import type { PageState } from '../messaging/protocol';
import type { SettingsStore } from '../settings/settings-store';
import type { Shortcut } from '../ui/shortcuts';

/** The tab the popup speaks about. */
export interface PopupTab {
  id: number;
  /** Absent where the browser does not tell (no `tabs` permission needed for the active tab). */
  url?: string;
}

/**
 * Everything the popup needs from the browser, behind one interface so the popup component
 * can be tested with a fake (`browser-popup-api.ts` is the real one).
 */
export interface PopupApi {
  /** The tab from `?tabId=<id>` when given (e2e tests open the popup in a tab), else the active tab. */
  getTab(): Promise<PopupTab | null>;
  /**
   * Asks the tab's content script for its state. Null when no content script answers: a
   * browser page or web store where content scripts cannot run, a page loaded before the
   * extension was installed, or a tab that closed meanwhile.
   */
  getPageState(tabId: number): Promise<PageState | null>;
  /** Scrolls the tab to its next mention (of one entity, or any) and opens its card. */
  nextMention(tabId: number, entityId: EntityId | null): Promise<boolean>;
  settings: SettingsStore;
  /** URL of the bundled source page, optionally at a fact's sentence. */
  sourceUrl(factId?: string): string;
  openOptions(): Promise<void>;
  /** Our keyboard commands with the keys the browser has for them now. */
  getShortcuts(): Promise<Shortcut[]>;
  /** The browser's UI language ("en-US", "ru"): the popup's language unless the reader chose. */
  uiLanguage(): string;
}
