/**
 * The key an article is stored under: the same article linked from two feeds (or twice with
 * different tracking tags) must map to one key. Only `http:`/`https:` URLs have one: anything else
 * (`javascript:`, `data:`, `file:`, unparsable text) is refused, so it can never be rendered as a link.
 */

// Parameters that identify the click, the campaign or the subscriber, never the article.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'cmp',
  'smid',
  'smtyp',
  'wprss',
  'ito',
  'emc',
  'partner',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'spm',
  'guccounter',
]);

const TRACKING_PREFIXES = [
  'utm_',
  'ns_',
  'wt_',
  'itm_',
  'pk_',
  'mtm_',
  'oly_',
  'vero_',
  'at_',
  'sc_',
  'cmpid_',
];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The canonical form of an http(s) URL, resolved against `base` when relative; undefined when the
 * link is not a usable http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  const text = raw.trim();
  if (!text || text.length > 4096) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  // Credentials in a link are a phishing trick, never part of an article's identity.
  url.username = '';
  url.password = '';
  url.hash = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  // Re-serialising the query changes its escaping, so it is rewritten only when a tag goes.
  const tracking = [...url.searchParams.keys()].filter(isTrackingParam);
  for (const name of tracking) url.searchParams.delete(name);
  if (url.search === '?') url.search = '';
  return url.href;
}
