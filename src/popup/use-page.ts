import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messaging/protocol';
import type { PopupApi, PopupTab } from './popup-api';

/** The tab the popup speaks about and its content script's last answer. */
export interface PageView {
  loading: boolean;
  tab: PopupTab | null;
  /** Null where no content script answers (see `PopupApi.getPageState`). */
  state: PageState | null;
}

/**
 * Loads the tab and asks its content script for its state, then asks again every `refreshMs`
 * (0: never) and whenever `revision` changes: counts grow while a page loads, and turning a
 * site on makes its content script scan the page anew.
 */
export function usePage(api: PopupApi, revision: unknown, refreshMs: number): PageView {
  const [view, setView] = useState<PageView>({ loading: true, tab: null, state: null });
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void api.getTab().then((found) => {
      if (!live) return;
      setTab(found);
      if (!found) setView({ loading: false, tab: null, state: null });
    });
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!tab) return;
    let live = true;
    let first = true;
    const ask = () => {
      const isFirst = first;
      first = false;
      void api.getPageState(tab.id).then((state) => {
        // A missed refresh (the page is navigating, its script not yet up) keeps what we had.
        if (live && (state || isFirst)) setView({ loading: false, tab, state });
      });
    };
    ask();
    const timer = refreshMs > 0 ? setInterval(ask, refreshMs) : undefined;
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, tab, revision, refreshMs]);

  return view;
}
