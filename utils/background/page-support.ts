import type { UnsupportedReason } from '../messages';

/** Hosts where browsers forbid extensions from running scripts. */
const WEB_STORES: { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
]);

/**
 * Why Parallax cannot read a tab's page, or null when it can (an http/https page). A PDF is
 * recognised by its path: the browser's viewer replaces the page, and no content script runs in it.
 */
export function unsupportedReason(url: string | null | undefined): UnsupportedReason | null {
  if (!url) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'view-source:') return 'view-source';
  if (protocol === 'file:') return 'file';
  if (BROWSER_SCHEMES.has(protocol)) return 'browser-page';
  if (protocol !== 'http:' && protocol !== 'https:') return 'other';
  if (WEB_STORES.some((store) => hostname === store.host && pathname.startsWith(store.path)))
    return 'web-store';
  if (/\.pdf$/i.test(pathname)) return 'pdf';
  return null;
}
