/**
 * Preferences for a throwaway Firefox profile that must not reach the network: every HTTP(S)
 * request goes to a local proxy (the request trap), and the services Firefox contacts on its own
 * (updates, telemetry, remote settings, captive portal, safe browsing, push, region, new-tab
 * content, media plugins, certificate revocation) are switched off so they do not even try.
 * web-ext adds its own defaults (no add-on updates, no data submission) underneath these.
 */
export type FirefoxPrefs = Record<string, string | number | boolean>;

const DISABLED_SERVICES: FirefoxPrefs = {
  // Application and system add-on updates.
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  // Telemetry, studies, experiments.
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.usage.uploadEnabled': false,
  // Glean (FOG) pretends its uploads succeed instead of sending them.
  'telemetry.fog.test.localhost_port': -1,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rsexperimentloader.enabled': false,
  // Remote settings (blocklists, CRLite, search config, translations…): a dummy server, which a
  // release build only honours with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (see offlineEnv).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  // Captive portal and connectivity checks.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  // Safe browsing lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.passwords.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  // Push, region and geolocation.
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'browser.search.update': false,
  // New-tab content, sponsored tiles and their ads endpoint.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.unifiedAds.tiles.enabled': false,
  'browser.newtabpage.activity-stream.unifiedAds.spocs.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.startup.page': 0,
  // Media plugins, translations and local ML models, which download on demand.
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  // Speculative connections, prefetching and DNS over HTTPS.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
  'identity.fxaccounts.enabled': false,
};

/** The profile's preferences, sending every HTTP(S) request to the proxy on 127.0.0.1:`proxyPort`. */
export function offlinePrefs(proxyPort: number): FirefoxPrefs {
  return {
    ...DISABLED_SERVICES,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    // Without this, Firefox would bypass the proxy for localhost; nothing should bypass it.
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/** Environment for that Firefox: let the remote-settings override apply, send no crash reports. */
export const offlineEnv: Record<string, string> = {
  MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
  MOZ_CRASHREPORTER_DISABLE: '1',
};

/** Domains of the services above: Mozilla's, and Google's safe-browsing and plugin downloads. */
const BROWSER_SERVICE_DOMAINS = [
  'mozilla.org',
  'mozilla.com',
  'mozilla.net',
  'mozilla-backup.org',
  'firefox.com',
  'mozgcp.net',
  'mozaws.net',
  'googleapis.com',
  'gvt1.com',
];

/** Whether a request the trap saw (`host:port` or a URL) was Firefox calling one of its services. */
export function isBrowserServiceRequest(attempt: string): boolean {
  // Plain HTTP arrives as an absolute URL, a tunnel (HTTPS) as `host:port`.
  const host = (
    /^https?:\/\//.test(attempt) ? new URL(attempt).hostname : attempt.replace(/:\d+$/, '')
  ).toLowerCase();
  return BROWSER_SERVICE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
