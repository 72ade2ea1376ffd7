import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showCount } from '@/src/background/badge';
import { acceptMessage } from '@/src/messaging/guards';

export default defineBackground(() => {
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  // Content scripts report their page's counts; the badge of the sender's tab shows them.
  browser.runtime.onMessage.addListener((value, sender) => {
    const message = acceptMessage(value, sender, extension);
    const tabId = sender.tab?.id;
    if (message?.type === 'kc:counts' && tabId !== undefined) {
      void showCount(browser.action, tabId, message.counts);
    }
    return undefined;
  });

  // A new page in the tab: its content script reports afresh (or never, where it cannot run).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void showCount(browser.action, tabId, null);
  });
});
