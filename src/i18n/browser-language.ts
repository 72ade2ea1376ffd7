import { browser } from 'wxt/browser';

/**
 * The browser's UI language ("en-US", "ru", "kk"), which the extension speaks unless the reader
 * chose another on the options page. English where the browser cannot say.
 */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
