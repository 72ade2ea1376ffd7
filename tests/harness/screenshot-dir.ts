import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where e2e tests write their screenshots: `out/screenshots/<browser>/` (ignored by git), so
 * `npm test` never changes a tracked file. `npm run screenshots` sets `KC_SCREENSHOTS` to
 * `assets/screenshots` to regenerate the README's pictures on purpose.
 */
export function screenshotDir(browser: 'chromium' | 'firefox', env = process.env): string {
  const dir = env.KC_SCREENSHOTS
    ? resolve(ROOT, env.KC_SCREENSHOTS)
    : resolve(ROOT, 'out/screenshots', browser);
  mkdirSync(dir, { recursive: true });
  return dir;
}
