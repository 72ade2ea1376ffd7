/**
 * The preferences and environment of every Firefox the tests start, on top of puppeteer's own
 * test profile. Two aims: the extension gets a fixed origin, and nothing leaves the machine.
 */
export function firefoxPrefs(options: {
  /** The add-on's gecko id and the UUID its `moz-extension://` origin should use. */
  geckoId: string;
  uuid: string;
  /** A loopback proxy that refuses everything (`proxy-trap.ts`). */
  trapPort: number;
}): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [options.geckoId]: options.uuid }),
    // Console errors of the background page reach no BiDi log: have Firefox print them.
    'devtools.console.stdout.content': true,
    // Every address but loopback goes through the trap (Firefox never proxies loopback unless
    // told to): requests that no tab makes, such as the background page's, are refused and
    // counted too, and none can reach the network.
    'network.proxy.type': 1,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.trapPort,
    'network.proxy.no_proxies_on': '',
    'network.dns.disablePrefetch': true,
    // Firefox's own traffic, silenced so that the trap sees only what pages and the extension
    // ask for: Remote Settings (blocklists, certificates; the server pref counts only with
    // MOZ_REMOTE_SETTINGS_DEVTOOLS set, see FIREFOX_ENV) and captive-portal detection (140).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    // Firefox offers to translate pages in another language than its own (our Russian and
    // Kazakh pages): its translation models come from Remote Settings, which is silenced above,
    // so its loader would log errors ("RSLoader") of its own into the output we check.
    'browser.translations.enable': false,
    'network.connectivity-service.enabled': false,
  };
}

/** Lets `services.settings.server` take effect in a release build of Firefox. */
export const FIREFOX_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } as const;
