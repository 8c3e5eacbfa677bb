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
// Prefixes that name a rendition of the same site, not another outlet.
const RENDITION_PREFIX = /^(?:www\d*|m|amp|mobile)\./;

/** Splits a URL (or a bare `host/path`) into a normalised host and path; null when there is no usable host. */
export function splitUrl(input: string): HostAndPath | null {
  const match = URL_PARTS.exec(input.trim());
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
  host = host.replace(/:\d*$/, '').replace(/\.$/, '');
  if (!HOST_CHARS.test(host)) host = toPunycode(host) ?? '';
  while (RENDITION_PREFIX.test(host) && host.indexOf('.') !== host.lastIndexOf('.')) {
    host = host.replace(RENDITION_PREFIX, '');
  }
  if (!host || host.length > 253 || !host.includes('.') || !HOST_CHARS.test(host)) return null;
  if (host.startsWith('.') || host.includes('..')) return null;
  return host;
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
 * The host and its parents down to the registrable domain, most specific first:
 * `edition.cnn.com` → [`edition.cnn.com`, `cnn.com`]; never a public suffix such as `co.uk`.
 */
export function hostAndParents(host: string): string[] {
  const hosts = [host];
  const stop = registrableDomain(host);
  if (!stop || stop === host || !host.endsWith(`.${stop}`)) return hosts;
  let current = host;
  while (current !== stop) {
    current = current.slice(current.indexOf('.') + 1);
    hosts.push(current);
  }
  return hosts;
}
