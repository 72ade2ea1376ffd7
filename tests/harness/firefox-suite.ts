import { expect } from 'vitest';
import { useBrowserSuite, type BrowserSuite, type SuitePages } from './extension-suite';
import {
  launchFirefoxWithExtension,
  type FirefoxExtensionBrowser,
  type FirefoxLaunchOptions,
} from './firefox-extension';

/**
 * {@link useBrowserSuite} with Firefox and the extension (firefox-extension.ts): besides no
 * request leaving the machine, the extension logged no error.
 */
export function useFirefoxSuite(
  pages: SuitePages,
  launch: FirefoxLaunchOptions = {},
): BrowserSuite<FirefoxExtensionBrowser> {
  return useBrowserSuite(
    pages,
    () => launchFirefoxWithExtension(launch),
    (browser) => expect(browser.errors).toEqual([]),
  );
}
