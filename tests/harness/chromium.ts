import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where a Chromium was found, and how. */
export interface ChromiumLocation {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright-cache';
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const INSTALL_HINT = [
  'No Chromium found. Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  any system:     npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.',
  '(Branded Google Chrome 137+ ignores --load-extension; use Chromium.)',
].join('\n');

/**
 * Finds a Chromium that can load an unpacked extension: `CHROMIUM_PATH`, then the
 * system package, then Playwright's browser cache. Returns undefined when none exists.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLocation | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH' } : undefined;
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  let cached: string | undefined;
  try {
    cached = chromium.executablePath();
  } catch {
    cached = undefined;
  }
  return cached && existsSync(cached) ? { path: cached, source: 'playwright-cache' } : undefined;
}
