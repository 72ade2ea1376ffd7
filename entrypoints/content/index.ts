import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionLifetime, runtimeAlive } from '@/src/content/lifetime';
import { createPartsLoader, whenShown } from '@/src/content/mention-parts';
import { startContent, type ContentParts } from '@/src/content/start-content';
import { exposeDebugHandle } from '@/src/debug/debug-handle';
import { createSettingsStore } from '@/src/settings/settings-store';
import { siteKey } from '@/src/settings/site-key';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    // Without the CSS Custom Highlight API we would have to change the page's DOM: do nothing.
    if (typeof Highlight !== 'function' || !CSS.highlights) return;
    // Not ctx.signal alone: a page can forge the event that aborts it (see lifetime.ts).
    const lifetime = extensionLifetime(
      ctx.signal,
      runtimeAlive(() => browser.runtime),
    );
    const signal = lifetime.signal;
    // Filled in once started; the first mention comes later (after the first paint).
    const started: { parts?: ContentParts } = {};
    const parts = await startContent({
      signal,
      doc: document,
      win: window,
      // No logger: a problem with the settings is no business of every page's console. The
      // background logs it once and repairs the stored value (entrypoints/background.ts).
      // This page's site only: the list of every site turned off can hold thousands.
      settings: createSettingsStore(browser.storage, null, {
        onlySite: siteKey(window.location.href),
      }),
      runtime: browser.runtime,
      // Injected by the background at the first possible mention (see mention-parts.ts).
      parts: createPartsLoader(globalThis, () =>
        whenShown(document).then(() => browser.runtime.sendMessage({ type: 'kc:load-parts' })),
      ),
      // Periodic work starts at the first mention: a page that names nobody runs no timer.
      onFirstMention: () => {
        lifetime.watch();
        // A page script can clear CSS.highlights, or our Highlights in it, at any time without
        // a DOM mutation to tell us: checked once a second.
        const restore = setInterval(() => started.parts?.painter.repair(), 1_000);
        signal.addEventListener('abort', () => clearInterval(restore), { once: true });
      },
    });
    started.parts = parts;
    exposeDebugHandle(parts);
  },
});
