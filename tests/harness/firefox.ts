import { existsSync } from 'node:fs';

/** Where a Firefox was found, and how. */
export interface FirefoxLocation {
  path: string;
  source: 'FIREFOX_PATH' | 'system';
}

const SYSTEM_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_INSTALL_HINT = [
  'No Firefox found. Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install firefox-esr',
  'or point FIREFOX_PATH at a Firefox 140+ binary (a stock build: it is driven over WebDriver BiDi).',
].join('\n');

/**
 * Finds a stock Firefox: `FIREFOX_PATH` (e.g. the unpacked Firefox 140 of
 * `npm run test:firefox-min`), then the system package. Undefined when none exists.
 */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): FirefoxLocation | undefined {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'FIREFOX_PATH' } : undefined;
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  return system ? { path: system, source: 'system' } : undefined;
}
