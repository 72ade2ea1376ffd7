import type { CDPSession, Page } from 'playwright-core';
import { ContentProbe, type ContentState } from '../../harness/content-probe';
import type { ExtensionBrowser } from '../../harness/extension';
import { pageRecord, watchPage } from '../../harness/page-watch';
import { ErrorLog } from './error-log';
import type { PlainBrowser } from './plain-browser';

/**
 * When both kinds of load read the page's mutation record, in ms after `load`: the same
 * moment in both, so that the page's own timers have had the same time to run.
 */
export const SETTLE_MS = 1_500;
const GOTO = { waitUntil: 'load', timeout: 60_000 } as const;

type DomRecord = Awaited<ReturnType<typeof pageRecord>>;

/** A page loaded with the extension: its first scan, and the errors of the load. */
export interface ScanLoad {
  state: ContentState;
  errors: ErrorLog;
}

/** A full load with the extension: the scan, heap off and on, the DOM record, blocked requests. */
export interface ExtensionLoad extends ScanLoad {
  /** State after scanning again (off, then on): its longest slice covers both scans. */
  finalState: ContentState;
  heap: { offKB: number; onKB: number; growthKB: number };
  record: DomRecord;
  blockedRequests: number;
}

/** Loads `url` with the extension, waits for the scan, and reads the counts and errors. */
export async function scanWithExtension(browser: ExtensionBrowser, url: string): Promise<ScanLoad> {
  return withPage(browser, url, async ({ state, errors }) => ({ state, errors }));
}

/**
 * Loads `url` with the extension and measures it: the scan, the heap with highlighting off
 * and then on again (each after a GC), the page's DOM record at SETTLE_MS, blocked requests.
 */
export async function loadWithExtension(
  browser: ExtensionBrowser,
  url: string,
): Promise<ExtensionLoad> {
  const blockedBefore = browser.blockedRequests.length;
  return withPage(browser, url, async ({ page, cdp, probe, state, errors, loadedAt }) => {
    await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(false)');
    const off = await heapKB(cdp);
    await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(true)');
    const finalState = await probe.state();
    const on = await heapKB(cdp);
    const record = await recordAtSettle(page, loadedAt);
    const heap = { offKB: off, onKB: on, growthKB: on - off };
    const blockedRequests = browser.blockedRequests.length - blockedBefore;
    return { state, errors, finalState, heap, record, blockedRequests };
  });
}

/** Loads `url` in the browser without the extension and reads its DOM record at SETTLE_MS. */
export async function loadWithoutExtension(plain: PlainBrowser, url: string): Promise<DomRecord> {
  const page = await plain.context.newPage();
  try {
    await watchPage(page);
    await page.goto(url, GOTO);
    return await recordAtSettle(page, Date.now());
  } finally {
    await page.close();
  }
}

interface OpenPage {
  page: Page;
  cdp: CDPSession;
  probe: ContentProbe;
  state: ContentState;
  errors: ErrorLog;
  loadedAt: number;
}

/** Opens a watched page with error log and probe attached before navigating, and scans it. */
async function withPage<T>(
  browser: ExtensionBrowser,
  url: string,
  use: (open: OpenPage) => Promise<T>,
): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await watchPage(page);
    const cdp = await browser.context.newCDPSession(page);
    const errors = await ErrorLog.attach(cdp, browser.extensionId);
    const probe = await ContentProbe.attach(page);
    await page.goto(url, GOTO);
    const loadedAt = Date.now();
    await handleReady(probe);
    const state = await probe.state();
    const result = await use({ page, cdp, probe, state, errors, loadedAt });
    await probe.detach();
    return result;
  } finally {
    await page.close();
  }
}

/**
 * Waits until the content script has exposed its debug handle. ContentProbe.evaluate retries
 * while the handle is missing, but if the handle appears between its failed evaluation and
 * its readiness check it throws the stale error; a `typeof` never throws.
 */
async function handleReady(probe: ContentProbe, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  const typeOf = () => probe.evaluate<string>('typeof globalThis.__kazakhstanContext');
  while ((await typeOf()) !== 'object') {
    if (Date.now() > deadline) throw new Error('The content script exposed no debug handle');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function recordAtSettle(page: Page, loadedAt: number): Promise<DomRecord> {
  const wait = loadedAt + SETTLE_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  return pageRecord(page);
}

/** Used JS heap of the page's isolate after a full GC, in KB. */
async function heapKB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round(usedSize / 1024);
}
