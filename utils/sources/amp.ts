import { type HostAndPath, normaliseHost, registrableDomain } from './host';

/**
 * AMP caches and viewers serve an outlet's page under someone else's host:
 *   https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/uk-1
 *   https://www-bbc-co-uk.bing-amp.com/c/s/www.bbc.co.uk/news/uk-1
 *   https://www.google.com/amp/s/www.bbc.co.uk/news/uk-1
 * This finds the origin page's host and path, so the outlet is the one that wrote it.
 */

const AMP_CACHE_HOSTS = ['.cdn.ampproject.org', '.bing-amp.com'];
// `/c/s/host/path`: a one- or two-letter content type (c, v, i, r, wp…), `s/` when the origin is https.
const CACHE_PATH = /^\/[a-z]{1,2}\/(?:s\/)?([^/]+)(\/.*)?$/;
const GOOGLE_VIEWER_PATH = /^\/amp\/(?:s\/)?([^/]+)(\/.*)?$/;

/** The origin of an AMP cache or viewer URL, or null when the URL is not one. */
export function unwrapAmp({ host, path }: HostAndPath): HostAndPath | null {
  const cache = AMP_CACHE_HOSTS.find((suffix) => host.endsWith(suffix));
  if (cache) {
    const fromPath = originFromPath(CACHE_PATH.exec(path));
    if (fromPath) return fromPath;
    // Resource URLs may lack the origin in the path; the subdomain still encodes it
    // (`-` for `.`, `--` for `-`). Long origins are hashed instead and cannot be recovered.
    const decoded = normaliseHost(
      host
        .slice(0, -cache.length)
        .split('--')
        .map((part) => part.replace(/-/g, '.'))
        .join('-'),
    );
    return decoded ? { host: decoded, path } : null;
  }
  if (path.startsWith('/amp/') && registrableDomain(host)?.startsWith('google.')) {
    return originFromPath(GOOGLE_VIEWER_PATH.exec(path));
  }
  return null;
}

function originFromPath(match: RegExpExecArray | null): HostAndPath | null {
  if (!match) return null;
  const host = normaliseHost(match[1] ?? '');
  return host ? { host, path: match[2] ?? '/' } : null;
}
