import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFirefox } from '../../harness/firefox';
import { isErrorLine } from '../../harness/firefox-errors';
import { screenshotDir } from '../../harness/screenshot-dir';

const ORIGIN = 'moz-extension://5f0b6c1e-7a3d-4c2e-9b8a-4b617a6b6374';

describe('findFirefox', () => {
  it('prefers FIREFOX_PATH when it exists', () => {
    expect(findFirefox({ FIREFOX_PATH: process.execPath })).toEqual({
      path: process.execPath,
      source: 'FIREFOX_PATH',
    });
  });

  it('reports nothing when FIREFOX_PATH names a missing file', () => {
    expect(findFirefox({ FIREFOX_PATH: '/nonexistent/firefox' })).toBeUndefined();
  });
});

describe('Firefox output lines that fail a test', () => {
  it.each([
    [`JavaScript error: ${ORIGIN}/background.js, line 1: Error: boom`, true],
    [`JavaScript error: ${ORIGIN}/content-scripts/content.js, line 9: TypeError: x is null`, true],
    ['console.error: "background console error"', true],
    // Another add-on's error, or Firefox's own chrome code: not ours.
    ['JavaScript error: moz-extension://0000/other.js, line 1: Error: boom', false],
    [
      'JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError',
      false,
    ],
    [`JavaScript warning: ${ORIGIN}/popup.html, line 1: unreachable code`, false],
    ['Handler function threw an exception: TypeError: context is null', false],
    // Firefox's experiment loader, failing to reach the Remote Settings server it is denied.
    ['console.error: RSLoader: "Failed to retrieve recipes from Remote Settings"', false],
    // A page or our own code logging an error that merely begins with that word is still one.
    ['console.error: "RSLoader: boom"', true],
    // The origin must be followed by a path: a longer uuid is another add-on.
    [`JavaScript error: ${ORIGIN}0/x.js, line 1: Error`, false],
  ])('%s -> %s', (line, expected) => {
    expect(isErrorLine(line, ORIGIN)).toBe(expected);
  });
});

describe('screenshotDir', () => {
  it.each([
    [{}, 'chromium', 'out/screenshots/chromium'],
    [{}, 'firefox', 'out/screenshots/firefox'],
    [{ KC_SCREENSHOTS: 'out/readme-test' }, 'chromium', 'out/readme-test'],
  ] as const)('with %o for %s writes to %s', (env, browser, expected) => {
    expect(screenshotDir(browser, env)).toBe(resolve(import.meta.dirname, '../../..', expected));
  });
});
