import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showCount } from '@/src/background/badge';
import { browserLanguage } from '@/src/i18n/browser-language';
import { resolveLanguage, type LanguageSetting } from '@/src/i18n/languages';
import { badgeTabOf } from '@/src/background/counts-sender';
import { injectMentionParts } from '@/src/background/parts-injector';
import { sourcePageAt } from '@/src/background/source-link';
import { acceptMessage } from '@/src/messaging/guards';
import { createSettingsStore } from '@/src/settings/settings-store';

export default defineBackground(() => {
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // The toolbar button's title follows the reader's language setting (read once, then live).
  const settings = createSettingsStore();
  let languageSetting: LanguageSetting = 'auto';
  void settings.get().then((read) => (languageSetting = read.language));
  settings.subscribe((next) => (languageSetting = next.language));
  const language = () => resolveLanguage(languageSetting, browserLanguage());

  browser.runtime.onMessage.addListener((value, sender) => {
    const message = acceptMessage(value, sender, extension);
    const tab = sender.tab;
    // A content script reports its page's counts: the badge of its tab shows them.
    if (message?.type === 'kc:counts') {
      const tabId = badgeTabOf(sender);
      if (tabId !== undefined) void showCount(browser.action, tabId, message.counts, language());
    }
    // The card's source link: the source page opens next to the reader's tab (behind it for
    // a middle or Ctrl click). Every activation of the link comes here: it has no href.
    if (message?.type === 'kc:open-source' && tab?.id !== undefined) {
      const path = sourcePageAt(message.factId);
      const where = { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId };
      if (path) {
        const url = browser.runtime.getURL(path);
        void browser.tabs.create({ url, active: !message.background, ...where }).catch(() => {
          // The reader's window closed meanwhile.
        });
      }
    }
    // A page's first possible mention: the matcher and card run in that page from now on.
    if (message?.type === 'kc:load-parts') return injectMentionParts(browser.scripting, sender);
    return undefined;
  });

  // Stored settings that had to be repaired or migrated on reading (a corrupt field, a v2 site
  // list, another device's bad write) are written back once, here: content scripts read them
  // silently, and the repaired value reads clean everywhere afterwards.
  const repair = () => void settings.repair().catch(() => undefined);
  repair();
  browser.storage.onChanged.addListener(repair);

  // No clearing on `tabs.onUpdated`: its `status: 'loading'` also comes with same-document
  // navigations (#anchor links, location.hash, history.pushState), after which the content
  // script, whose counts did not change, sends nothing. Chrome and Firefox reset a tab's own
  // badge text themselves when a new document commits (checked in badge-navigation.e2e.ts).

  // Keyboard commands (rebindable in the browser's shortcut settings): next/previous mention.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-mention' && command !== 'previous-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const direction = command === 'next-mention' ? 'next' : 'previous';
    await browser.tabs.sendMessage(tab.id, { type: 'kc:step-mention', direction }).catch(() => {
      // No content script on this page (a browser page, or loaded before install).
    });
  });
});
