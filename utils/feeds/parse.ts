/**
 * Feed bytes to clean items, in any JS runtime (a service worker has no DOMParser).
 *
 * Parsing is feedsmith's (RSS 0.9x/1.0 (RDF)/2.0, Atom 1.0, JSON Feed 1.x, built on
 * fast-xml-parser): it handles namespaces, CDATA, HTML entities and the broken nesting real feeds
 * have, and parses every feed in ../shared/dev-data/feeds with the item counts other parsers agree
 * on. Everything around it is ours: byte decoding, the defences against hostile input, and the
 * clean-up that turns a feed's loose fields into items Parallax can trust.
 */
import { parseFeed as parseWithFeedsmith } from 'feedsmith';
import { canonicalUrl } from './canonical-url';
import { toIsoDate } from './dates';
import { decodeFeedBytes } from './decode';
import { FeedError } from './feed-error';
import { htmlToText, stripControlCharacters } from './html-text';

export interface FeedItem {
  /** Canonical http(s) URL: the item's identity. */
  url: string;
  title: string;
  summary?: string;
  /** ISO 8601, UTC. */
  published?: string;
  /** BCP-47, from the feed. */
  lang?: string;
}

export type DropReason = 'no-link' | 'unsafe-link' | 'no-title' | 'duplicate' | 'over-item-cap';

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  /** The encoding the bytes were read in. */
  encoding: string;
  items: FeedItem[];
  dropped: Partial<Record<DropReason, number>>;
}

export interface ParseFeedOptions {
  /** The feed's URL (after redirects): relative links resolve against it. */
  url: string;
  /** The HTTP `Content-Type`, whose charset wins over the XML declaration. */
  contentType?: string;
  maxBytes?: number;
  maxItems?: number;
}

export const FEED_LIMITS = {
  /** Real news feeds are under 1 MB; 5 MB leaves room and stops a hostile 50 MB answer. */
  maxBytes: 5 * 1024 * 1024,
  /** News feeds carry 10–100 items; the rest of a 100,000-item feed is counted and skipped. */
  maxItems: 500,
  /** Enough for matching a story; full articles in `content:encoded` would bloat the cache. */
  maxSummaryChars: 600,
  /** Longer HTML is cut before stripping so one item cannot cost unbounded time. */
  maxFieldChars: 20_000,
} as const;

/** One feed entry's raw fields, whatever the format. */
interface RawEntry {
  /** Link fields, resolved against the feed's URL when relative. */
  links: unknown[];
  /** Identifiers that may be permalinks (guid, Atom and JSON Feed ids): used only when absolute. */
  ids: unknown[];
  /** Atom's `xml:base` on the entry. */
  base?: unknown;
  title: unknown;
  /** Atom `type="text"` titles are plain text: no tags to strip. */
  titleIsText?: boolean;
  summaries: unknown[];
  dates: unknown[];
}

interface RawFeed {
  format: ParsedFeed['format'];
  /** Atom's `xml:base` on the feed. */
  base?: unknown;
  title: unknown;
  lang: unknown;
  entries: RawEntry[];
}

// Feed output is loosely typed and untrusted: read every field through these.
type Loose = Record<string, unknown> | undefined;
const asRecord = (value: unknown): Loose =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const textOf = (value: unknown): unknown => asRecord(value)?.value ?? value;

function atomAlternateLinks(links: unknown): unknown[] {
  return asArray(links)
    .map(asRecord)
    .filter((link) => !link?.rel || link.rel === 'alternate')
    .map((link) => link?.href);
}

function dcDates(entry: Loose): unknown[] {
  return asArray(asRecord(entry?.dc)?.dates);
}

function rawFeed(parsed: ReturnType<typeof parseWithFeedsmith>): RawFeed {
  const feed = parsed.feed as unknown as Record<string, unknown>;
  const dcLanguage = asArray(asRecord(feed.dc)?.languages)[0];
  switch (parsed.format) {
    case 'rss':
    case 'rdf':
      return {
        format: parsed.format,
        title: feed.title,
        lang: feed.language ?? dcLanguage,
        entries: asArray(feed.items).map((value) => {
          const item = asRecord(value);
          const guid = asRecord(item?.guid);
          return {
            links: [item?.link, ...atomAlternateLinks(asRecord(item?.atom)?.links)],
            ids: [guid?.isPermaLink === false ? undefined : guid?.value, asRecord(item?.rdf)?.about],
            title: item?.title,
            summaries: [item?.description, asRecord(item?.content)?.encoded],
            dates: [item?.pubDate, ...dcDates(item), asRecord(item?.atom)?.published],
          };
        }),
      };
    case 'atom':
      return {
        format: 'atom',
        base: asRecord(feed.xml)?.base,
        title: textOf(feed.title),
        lang: asRecord(feed.xml)?.lang ?? dcLanguage,
        entries: asArray(feed.entries).map((value) => {
          const entry = asRecord(value);
          const title = asRecord(entry?.title);
          return {
            links: atomAlternateLinks(entry?.links),
            ids: [entry?.id],
            base: asRecord(entry?.xml)?.base,
            title: textOf(entry?.title),
            titleIsText: !title?.type || title.type === 'text',
            summaries: [textOf(entry?.summary), textOf(entry?.content)],
            dates: [entry?.published, entry?.updated, ...dcDates(entry)],
          };
        }),
      };
    case 'json':
      return {
        format: 'json',
        title: feed.title,
        lang: feed.language,
        entries: asArray(feed.items).map((value) => {
          const item = asRecord(value);
          return {
            links: [item?.url, item?.external_url],
            ids: [item?.id],
            title: item?.title,
            titleIsText: true,
            summaries: [item?.summary, item?.content_text, item?.content_html],
            dates: [item?.date_published, item?.date_modified],
          };
        }),
      };
  }
}

function cleanText(value: unknown, isPlainText: boolean): string | undefined {
  const raw = asString(value)?.slice(0, FEED_LIMITS.maxFieldChars);
  if (raw === undefined) return undefined;
  const text = isPlainText ? stripControlCharacters(raw).replace(/\s+/g, ' ').trim() : htmlToText(raw);
  return text || undefined;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A BCP-47 tag in its usual case (`en-US`), or undefined for anything else feeds put there. */
function languageTag(value: unknown): string | undefined {
  const tag = asString(value)?.trim();
  if (!tag || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  const [language, ...subtags] = tag.split(/[-_]/);
  const cased = subtags.map((subtag) => (subtag.length === 2 ? subtag.toUpperCase() : subtag.toLowerCase()));
  return [language!.toLowerCase(), ...cased].join('-');
}

/** The URL relative links resolve against: the feed's, then the feed's and entry's `xml:base` on top. */
function baseUrl(feedUrl: string, ...bases: unknown[]): string {
  let base = feedUrl;
  for (const value of bases) {
    const resolved = canonicalUrl(asString(value) ?? '', base);
    if (resolved) base = resolved;
  }
  return base;
}

/** The prolog: everything before the root element's start tag. */
function prologOf(text: string): string {
  const root = /<[A-Za-z]/.exec(text);
  return root ? text.slice(0, root.index) : text;
}

function refuseHostileXml(text: string): void {
  const prolog = prologOf(text);
  // Internal entity declarations are the "billion laughs" and the external-entity (XXE) attacks;
  // no real news feed declares entities, so a feed that does is refused outright.
  if (/<!ENTITY/i.test(prolog)) {
    throw new FeedError(
      'entities-refused',
      'feed declares XML entities, which are refused (entity expansion)',
    );
  }
  const root = /^<([A-Za-z][\w:.-]*)/.exec(text.slice(prolog.length))?.[1]?.toLowerCase();
  if (root === 'html' || /<!DOCTYPE\s+html/i.test(prolog)) {
    throw new FeedError('not-a-feed', 'not a feed: the server sent an HTML page');
  }
}

function parseStructure(text: string): ReturnType<typeof parseWithFeedsmith> {
  try {
    return parseWithFeedsmith(text);
  } catch (error) {
    const name = (error as Error).name;
    const cause = (error as { cause?: unknown }).cause;
    if (name === 'DetectError' || !(error instanceof Error)) {
      throw new FeedError('not-a-feed', 'not a feed: no RSS, Atom, RDF or JSON Feed document found');
    }
    const detail = cause instanceof Error ? `: ${cause.message.split('\n')[0]}` : '';
    throw new FeedError('malformed', `malformed feed${detail}`);
  }
}

export function parseFeed(bytes: Uint8Array, options: ParseFeedOptions): ParsedFeed {
  const maxBytes = options.maxBytes ?? FEED_LIMITS.maxBytes;
  const maxItems = options.maxItems ?? FEED_LIMITS.maxItems;
  if (bytes.byteLength > maxBytes) {
    throw new FeedError('too-large', `feed is larger than ${Math.round(maxBytes / 1024)} KB`);
  }
  const { text: decoded, encoding } = decodeFeedBytes(bytes, options.contentType);
  // XML 1.0 forbids control characters; real feeds still contain them, and they would abort the parse.
  const text = stripControlCharacters(decoded).trimStart();
  if (!text) throw new FeedError('not-a-feed', 'not a feed: the answer is empty');
  if (!text.startsWith('{')) refuseHostileXml(text);
  const raw = rawFeed(parseStructure(text));

  const dropped: ParsedFeed['dropped'] = {};
  const drop = (reason: DropReason, count = 1) => {
    dropped[reason] = (dropped[reason] ?? 0) + count;
  };
  if (raw.entries.length > maxItems) drop('over-item-cap', raw.entries.length - maxItems);

  const lang = languageTag(raw.lang);
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const entry of raw.entries.slice(0, maxItems)) {
    const links = entry.links.map(asString).filter((link): link is string => !!link?.trim());
    const url =
      links
        .map((link) => canonicalUrl(link, baseUrl(options.url, raw.base, entry.base)))
        .find((link) => link) ??
      entry.ids.map((id) => canonicalUrl(asString(id) ?? '')).find((id) => id !== undefined);
    if (!url) {
      // A link that is there but not http(s) (`javascript:`, `data:`, `file:`) is an attack or a bug.
      drop(links.length ? 'unsafe-link' : 'no-link');
      continue;
    }
    const title = cleanText(entry.title, entry.titleIsText ?? false);
    if (!title) {
      drop('no-title');
      continue;
    }
    if (seen.has(url)) {
      drop('duplicate');
      continue;
    }
    seen.add(url);
    const summary = entry.summaries.map((value) => cleanText(value, false)).find((value) => value);
    const published = entry.dates.map((value) => toIsoDate(asString(value))).find((value) => value);
    const item: FeedItem = { url, title };
    if (summary && summary !== title) item.summary = truncate(summary, FEED_LIMITS.maxSummaryChars);
    if (published) item.published = published;
    if (lang) item.lang = lang;
    items.push(item);
  }
  const title = cleanText(raw.title, raw.format === 'json');
  return { format: raw.format, ...(title ? { title } : {}), encoding, items, dropped };
}
