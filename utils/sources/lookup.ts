/**
 * Which outlet published a page: from its URL, its canonical URL, or the publisher name it gives.
 * Everything is precomputed into maps, so a lookup costs a URL split and a few map reads. The
 * names' map, the costliest to build (every name normalised), waits for the first name to look
 * up: most pages are found by their URL, and a cold worker's first answer should not wait for it.
 */
import { unwrapAmp } from './amp';
import { type HostAndPath, parentHost, registrableDomain, splitUrl } from './host';
import type { Outlet } from './schema';

export interface OutletMatch {
  outlet: Outlet;
  /** The dataset entry that matched: a domain (`cnn.com`) or a host/path prefix (`medium.com/swlh`). */
  domain: string;
  /** How it was found: the page URL, its canonical URL, an AMP cache/viewer URL, a path prefix, or the publisher name. */
  via: 'url' | 'canonical' | 'amp' | 'path' | 'publisher';
}

export interface LookupInput {
  url: string;
  canonicalUrl?: string | null;
  publisher?: string | null;
}

export interface OutletLookup {
  /**
   * The outlet of a page. An aggregator (`kind: 'aggregator'`) is returned only when neither the
   * canonical URL nor the publisher names the original outlet; callers see it by its kind.
   */
  lookup(input: LookupInput): OutletMatch | null;
  /** An item's `source` field: an outlet id, a domain or URL, or a name. */
  lookupSource(source: string): Outlet | null;
}

interface PathEntry {
  prefix: string;
  key: string;
  outlet: Outlet;
}

/**
 * A name reduced to what survives the ways pages write it: case, accents, punctuation, spacing,
 * `&`/`and` and a leading "The" (`The New York Times`, `new-york times` → `newyorktimes`).
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join('');
}

// Text at most this long is looked up; a publisher or source longer than this names no outlet.
const MAX_NAME = 2048;

/** Each outlet's names, aliases and id, normalised; null marks a name two outlets share (ambiguous, never used). */
function namesOf(outlets: readonly Outlet[]): Map<string, Outlet | null> {
  const byName = new Map<string, Outlet | null>();
  for (const outlet of outlets) {
    for (const name of [outlet.name, ...(outlet.aliases ?? []), outlet.id]) {
      const key = normaliseName(name);
      if (!key) continue;
      const seen = byName.get(key);
      byName.set(key, seen === undefined || seen === outlet ? outlet : null);
    }
  }
  return byName;
}

function firstEntry(outlet: Outlet): string {
  return outlet.domains[0] ?? outlet.paths?.[0] ?? '';
}

export function createOutletLookup(outlets: Outlet[]): OutletLookup {
  const byId = new Map<string, Outlet>();
  const byHost = new Map<string, Outlet>();
  const byPathHost = new Map<string, PathEntry[]>();
  let byName: Map<string, Outlet | null> | undefined;

  for (const outlet of outlets) {
    if (!byId.has(outlet.id)) byId.set(outlet.id, outlet);
    for (const domain of outlet.domains) if (!byHost.has(domain)) byHost.set(domain, outlet);
    for (const key of outlet.paths ?? []) {
      const slash = key.indexOf('/');
      const host = key.slice(0, slash);
      const entries = byPathHost.get(host) ?? [];
      entries.push({ prefix: key.slice(slash), key, outlet });
      byPathHost.set(host, entries);
    }
  }
  // Longest prefix first, so `/news/world` wins over `/news`.
  for (const entries of byPathHost.values()) entries.sort((a, b) => b.prefix.length - a.prefix.length);

  function matchHostAndPath({
    host,
    path,
  }: HostAndPath): (Omit<OutletMatch, 'via'> & { byPath: boolean }) | null {
    // Most pages are on a host the dataset lists, so the public suffix list is read only when not.
    let stop: string | null | undefined;
    for (let candidate: string | null = host; candidate; candidate = parentHost(candidate, stop)) {
      const entries = byPathHost.get(candidate);
      if (entries) {
        for (const entry of entries) {
          if (path === entry.prefix || path.startsWith(`${entry.prefix}/`)) {
            return { outlet: entry.outlet, domain: entry.key, byPath: true };
          }
        }
      }
      const outlet = byHost.get(candidate);
      if (outlet) return { outlet, domain: candidate, byPath: false };
      stop ??= registrableDomain(host);
    }
    return null;
  }

  function matchUrl(url: string | null | undefined, via: 'url' | 'canonical'): OutletMatch | null {
    if (typeof url !== 'string' || !url) return null;
    const parts = splitUrl(url);
    if (!parts) return null;
    const origin = unwrapAmp(parts);
    const match = matchHostAndPath(origin ?? parts);
    if (!match) return null;
    // Finding it through the canonical URL is the fact callers need most; then how the URL was read.
    const how = via === 'canonical' ? via : origin ? 'amp' : match.byPath ? 'path' : via;
    return { outlet: match.outlet, domain: match.domain, via: how };
  }

  function matchName(name: string): Outlet | null {
    byName ??= namesOf(outlets);
    return byName.get(normaliseName(name)) ?? null;
  }

  /** A name, an id, or a site given as text (a feed's `source`, a page's `og:site_name` of `CNN.com`). */
  function matchSource(source: string | null | undefined): { outlet: Outlet; domain: string } | null {
    if (typeof source !== 'string') return null;
    const trimmed = source.trim();
    if (!trimmed || trimmed.length > MAX_NAME) return null;
    const byOutletId = byId.get(trimmed);
    if (byOutletId) return { outlet: byOutletId, domain: firstEntry(byOutletId) };
    if (!/\s/.test(trimmed) && trimmed.includes('.')) {
      const match = matchUrl(trimmed, 'url');
      if (match) return match;
    }
    const named = matchName(trimmed);
    return named && { outlet: named, domain: firstEntry(named) };
  }

  const isOriginal = (match: OutletMatch | null): match is OutletMatch =>
    match !== null && match.outlet.kind !== 'aggregator';

  return {
    lookup({ url, canonicalUrl, publisher }) {
      const page = matchUrl(url, 'url');
      const canonical = matchUrl(canonicalUrl, 'canonical');
      // The canonical URL names the original when a page is a copy (syndication, AMP, aggregators).
      if (isOriginal(canonical)) return page && page.outlet === canonical.outlet ? page : canonical;
      if (isOriginal(page)) return page;
      // Unknown or an aggregator so far: the publisher name is the last resort.
      const source = matchSource(publisher);
      const named: OutletMatch | null = source && { ...source, via: 'publisher' };
      if (isOriginal(named)) return named;
      return page ?? canonical ?? named;
    },
    lookupSource(source) {
      return matchSource(source)?.outlet ?? null;
    },
  };
}
