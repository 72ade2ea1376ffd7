import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRST_PASS_PLAIN } from '../../src/matching/first-pass.generated';
import { launchWithExtension } from '../harness/extension';
import { ownCostOfLoad } from './cpu-profile';

/**
 * The least any content script of ours could cost on a page, as a reference for the start-up
 * figure: an extension whose whole content script reads the body's text once (one Range), runs
 * the bundled prefilter's pattern over it and reads one setting from storage, the three things
 * no page can be spared. Measured the way measurePage measures ours (CPU profile at 100 µs,
 * samples with an extension frame on the stack), in a browser of its own.
 */
const MINIMAL_SCRIPT = (pattern: string) => `(() => {
  const range = document.createRange();
  range.selectNodeContents(document.body ?? document.documentElement);
  const text = range.toString();
  const first = new RegExp(${JSON.stringify(pattern)}, 'giu');
  let hits = 0;
  while (first.exec(text)) hits += 1;
  chrome.storage.local.get('settings').then(() => { globalThis.__kcMinimal = hits; });
})();`;

/** Median ms of our share of `runs` loads of `url` with the minimal content script. */
export async function measureMinimalScript(url: string, runs: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'kc-minimal-'));
  const manifest = {
    manifest_version: 3,
    name: 'minimal content script',
    version: '1',
    permissions: ['storage'],
    // An empty worker: the harness finds an extension's id through its worker.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'content.js'), MINIMAL_SCRIPT(FIRST_PASS_PLAIN));
  await writeFile(join(dir, 'worker.js'), '');
  const browser = await launchWithExtension({ extensionPath: dir });
  const totals: number[] = [];
  try {
    // document_idle comes at the latest 200 ms after DOMContentLoaded: the script has run.
    for (let run = 0; run < runs; run += 1)
      totals.push((await ownCostOfLoad(browser, url, 500)).totalMs);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  const sorted = totals.sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}
