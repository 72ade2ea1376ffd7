import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Removes Preact's one HTML-string sink, the `dangerouslySetInnerHTML` branch of its diff. We
 * never use that prop (an ESLint rule forbids it), and store review (`web-ext lint`) flags the
 * assignment. Without it, no code path in the bundle parses HTML. Fails the build loudly if a
 * Preact update changes the code, so the strip can never silently stop working.
 */
function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'kazakhstan-context:preact-without-inner-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const stripped = code.replace(/\((\w+)\.innerHTML=(\w+)\.__html\)/, '(void 0)');
      if (stripped === code) this.error('Preact changed: update preactWithoutInnerHtml()');
      return { code: stripped, map: null };
    },
  };
}

/**
 * One manifest model for Chrome and Firefox (both Manifest V3).
 * Every permission listed here is justified in README.md ("Permissions").
 */
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  // The UI's words in English, Russian and Kazakh: one JSON file per language, the one source
  // for the browser's _locales and for the extension's own lookups (src/i18n/translator.ts).
  i18n: { localesDir: resolve(import.meta.dirname, 'src/locales') },
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    sizes: [128, 48, 32, 16],
    developmentIndicator: false,
  },
  // The Firefox sources zip is for store review: README screenshots need not go along.
  // Source maps (a KC_SOURCEMAP build, below) never go into a zip for the stores.
  zip: {
    exclude: ['**/*.map'],
    excludeSources: ['assets/screenshots/**', '.reports/**', 'out/**'],
  },
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
    // Source maps only on request (`KC_SOURCEMAP=1 npx wxt build`), for the profiling tools
    // (tests/tools/every-page-code.ts, tests/tools/profile-load.ts); never in a shipped build.
    build: { target: 'es2022', sourcemap: process.env.KC_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    // Each language's words come from src/locales/<lang>.json, written out by @wxt-dev/i18n as
    // _locales/<lang>/messages.json for the browser (a section's keys joined by "_").
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    // `scripting` and the host access: the matcher and card are injected into a page only once
    // it may name someone (background/parts-injector.ts); content scripts already run on every
    // site, so the reader is asked for nothing more.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_manifest_nextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_manifest_previousMention__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kazakhstan-context@extension',
              // Firefox 140 brings the CSS Custom Highlight API and the built-in data consent.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // CSS Custom Highlight API (CSS.highlights, ::highlight) ships in Chrome 105.
          minimum_chrome_version: '105',
        }),
  }),
});
