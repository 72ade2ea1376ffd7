import type { Page } from 'playwright-core';
import type { PageLike } from './page-like';

/**
 * Runs in the page before any page script: a page-side record of what happens to the DOM after
 * DOMContentLoaded (a snapshot of `body.innerHTML` and every mutation record), plus errors.
 * The content script runs at document_idle, after the snapshot is taken. Install it with
 * `watchPage` (Playwright) or puppeteer's `page.evaluateOnNewDocument(recordPage)`.
 */
export function recordPage(): void {
  const state = {
    snapshot: '',
    mutations: [] as string[],
    errors: [] as string[],
  };
  // Appends without Array.prototype.push: hostile fixtures replace built-in prototypes.
  const add = (list: string[], item: string) => {
    list[list.length] = item;
  };
  Object.defineProperty(window, '__pageWatch', { value: state });
  window.addEventListener('error', (event) => add(state.errors, String(event.message)));
  window.addEventListener('unhandledrejection', (event) => add(state.errors, String(event.reason)));
  document.addEventListener('DOMContentLoaded', () => {
    state.snapshot = document.body.innerHTML;
    new MutationObserver((records) => {
      for (const record of records) {
        add(state.mutations, `${record.type} on ${record.target.nodeName}`);
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Installs `recordPage` in a Playwright page, for every document it loads from now on. */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(recordPage);
}

/** What the page-side record holds now. */
export async function pageRecord(
  page: PageLike,
): Promise<{ changedHtml: boolean; mutations: string[]; errors: string[] }> {
  return (await page.evaluate(() => {
    const state = (
      window as unknown as {
        __pageWatch: { snapshot: string; mutations: string[]; errors: string[] };
      }
    ).__pageWatch;
    return {
      changedHtml: state.snapshot !== document.body.innerHTML,
      mutations: state.mutations,
      errors: state.errors,
    };
  })) as { changedHtml: boolean; mutations: string[]; errors: string[] };
}

/** Texts of our painted ranges per highlight name, read through the shared registry. */
export async function paintedTexts(page: PageLike): Promise<Record<string, string[]>> {
  return (await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('kc-')) return;
      out[name] = [...highlight].map((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    });
    return out;
  })) as Record<string, string[]>;
}
