import type { PageState } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { FILE_SITE_KEY, siteKey } from '../settings/site-key';
import type { PopupTab } from './popup-api';

/**
 * What the popup can say about the page:
 * - `loading`: still asking;
 * - `unsupported`: no content script can run here (browser pages, extension stores, no URL);
 * - `file-access`: a local file, which needs "Allow access to file URLs";
 * - `reload`: a web page whose content script does not answer (open since before install);
 * - `off-global` / `off-site`: highlighting is off, everywhere or here;
 * - `on`: the page is highlighted and counted.
 */
export type PageStatus =
  'loading' | 'unsupported' | 'file-access' | 'reload' | 'off-global' | 'off-site' | 'on';

/** What the status is worked out from. */
export interface StatusInput {
  loading: boolean;
  tab: PopupTab | null;
  state: PageState | null;
  settings: Settings | null;
}

// Browsers keep content scripts out of their extension stores, though these are https pages.
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore\//,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons\//,
];

/**
 * The page's site key: the content script's own when it answers, else the tab URL's (absent
 * where the browser does not give the popup the URL). Null where no site applies.
 */
export function pageSite(tab: PopupTab | null, state: PageState | null): string | null {
  if (state) return state.siteKey;
  return tab?.url ? siteKey(tab.url) : null;
}

/** Works out the {@link PageStatus}; live settings win over the page's last answer. */
export function pageStatus({ loading, tab, state, settings }: StatusInput): PageStatus {
  if (loading || !settings) return 'loading';
  const site = pageSite(tab, state);
  if (!state) {
    if (site === null || STORE_PAGES.some((page) => page.test(tab?.url ?? ''))) {
      return 'unsupported';
    }
    return site === FILE_SITE_KEY ? 'file-access' : 'reload';
  }
  if (site === null) return 'unsupported';
  if (!settings.enabled) return 'off-global';
  return settings.disabledSites.includes(site) ? 'off-site' : 'on';
}
