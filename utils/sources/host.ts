import { getDomain } from 'tldts';

/**
 * Host-name handling shared by the outlet lookup, the validator and the importers, so that a
 * domain is normalised the same way when a dataset is written and when a page is matched.
 */

/** A URL cut into the parts outlet matching needs: a normalised host and a lowercase path. */
export interface HostAndPath {
  host: string;
  /** Lowercase path, always starting with `/`, without query or fragment. */
  path: string;
}

// Scheme (http/https only), optional `//`, authority, path. Hand-rolled rather than `new URL`:
// lookups run for every feed item, and this is several times faster while accepting scheme-less
// input (`cnn.com/politics`) that `new URL` refuses.
const URL_PARTS = /^([a-z][a-z0-9+.-]*:)?(?:\/\/)?([^/?#\\\s]*)([^?#\s]*)/i;
const HOST_CHARS = /^[a-z0-9._-]+$/;
const MAX_URL = 4096;
// First labels that name a rendition of the same site, not another outlet.
const RENDITION_LABEL = /^(?:www\d*|m|amp|mobile)$/;

/** Splits a URL (or a bare `host/path`) into a normalised host and path; null when there is no usable host. */
export function splitUrl(input: string): HostAndPath | null {
  // Only the start matters; a hostile multi-megabyte "URL" is not lowercased whole.
  const match = URL_PARTS.exec(input.slice(0, MAX_URL).trim());
  if (!match) return null;
  const scheme = match[1]?.toLowerCase();
  if (scheme && scheme !== 'http:' && scheme !== 'https:') return null;
  const host = normaliseHost(match[2] ?? '');
  if (!host) return null;
  const path = (match[3] ?? '').toLowerCase();
  return { host, path: path.startsWith('/') ? path : `/${path}` };
}

/**
 * Lowercases a host, drops user info, port and trailing dot, converts international names to
 * punycode, and strips rendition prefixes (`www.`, `www1.`, `m.`, `amp.`, `mobile.`).
 * Returns null when what is left is not a host name.
 */
export function normaliseHost(authority: string): string | null {
  let host = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  if (host.startsWith('[')) return null; // IPv6 literal: no outlet lives there
  // Checked before replacing: most hosts have neither, and this runs for every lookup.
  if (host.includes(':')) host = host.replace(/:\d*$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!HOST_CHARS.test(host)) host = toPunycode(host) ?? '';
  host = stripRenditions(host);
  if (!host || host.length > 253 || !host.includes('.') || !HOST_CHARS.test(host)) return null;
  if (host.startsWith('.') || host.includes('..')) return null;
  return host;
}

/** Drops leading `www.`, `www1.`, `m.`, `amp.`, `mobile.` labels while two or more labels remain. */
function stripRenditions(host: string): string {
  let rest = host;
  for (;;) {
    const dot = rest.indexOf('.');
    if (dot < 0 || dot === rest.lastIndexOf('.')) return rest;
    const label = rest.slice(0, dot);
    if (!RENDITION_LABEL.test(label)) return rest;
    rest = rest.slice(dot + 1);
  }
}

function toPunycode(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

// Registrable domains of hosts seen, bounded so a long-lived worker does not grow without end.
const registrableCache = new Map<string, string | null>();
const REGISTRABLE_CACHE_LIMIT = 20_000;

/** The registrable domain of a host by the public suffix list (`news.bbc.co.uk` → `bbc.co.uk`). */
export function registrableDomain(host: string): string | null {
  const cached = registrableCache.get(host);
  if (cached !== undefined) return cached;
  const domain = getDomain(host, { extractHostname: false, validateHostname: false });
  if (registrableCache.size >= REGISTRABLE_CACHE_LIMIT) registrableCache.clear();
  registrableCache.set(host, domain);
  return domain;
}

/**
 * The next host up from `host` that is still within its registrable domain `stop`
 * (`edition.cnn.com` → `cnn.com`), or null at the registrable domain: never a public suffix such
 * as `co.uk`.
 */
export function parentHost(host: string, stop: string | null): string | null {
  if (!stop || host === stop || !host.endsWith(`.${stop}`)) return null;
  return host.slice(host.indexOf('.') + 1);
}
