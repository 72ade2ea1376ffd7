import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * One manifest model for Chrome and Firefox (both Manifest V3).
 * Every permission listed here is justified in README.md ("Permissions").
 */
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    sizes: [128, 48, 32, 16],
    developmentIndicator: false,
  },
  // The Firefox sources zip is for store review: README screenshots need not go along.
  zip: { excludeSources: ['assets/screenshots/**', '.reports/**', 'out/**'] },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Kazakhstan Context',
    description:
      'Highlights Kazakhstan, Tokayev and Almaty on any page and shows sourced facts on the January 2022 unrest.',
    permissions: ['storage'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous mention and open its card',
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
