/**
 * Wider coverage, opt-in and off by default: the GDELT DOC 2.0 API (`mode=artlist`, JSON) asked
 * for articles on a story's key terms. This module only builds the request and reads the answer;
 * the background decides when to ask, and the caller looks each article's outlet up by domain.
 * The answer is untrusted: every field is checked, and only http(s) links are kept.
 */
import { canonicalUrl } from './canonical-url';
import { toIsoDate } from './dates';
import { FeedError } from './feed-error';
import { htmlToText } from './html-text';
import type { FeedItem } from './parse';
import { readCapped } from './read-capped';

export const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';
export const GDELT_LIMITS = {
  maxTerms: 6,
  maxRecords: 75,
  timespanHours: 72,
  /** The reader waits on the popup meanwhile: past this, the cached coverage is shown alone. */
  timeoutMs: 8_000,
  /** 75 articles are about 30 KB of JSON; anything far larger is not a GDELT answer. */
  maxBytes: 1_000_000,
} as const;

/** Exactly what is sent, for the options page to show next to the setting. */
export const GDELT_DISCLOSURE =
  'When wider coverage is on and few cached articles match the story you are reading, Parallax ' +
  "asks the GDELT Project's public DOC API (api.gdeltproject.org) for more. The request holds " +
  `only up to ${GDELT_LIMITS.maxTerms} key words of the story (for example: senate budget vote), ` +
  `the time window (the last ${GDELT_LIMITS.timespanHours / 24} days), the number of results ` +
  `(${GDELT_LIMITS.maxRecords}) and the answer format. It never holds the address or the text of ` +
  'the page you are on, your history or any identifier; like any web server, GDELT sees your IP ' +
  'address. No cookies are sent.';

export interface GdeltQuery {
  /** The story's key terms, most telling first; a term of several words is searched as a phrase. */
  terms: string[];
  timespanHours?: number;
  maxRecords?: number;
}

/** A term as GDELT accepts it: letters, digits, inner hyphens and apostrophes, 3+ characters. */
function cleanTerm(term: string): string | undefined {
  const words = term
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}'’ -]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
  const text = words.join(' ').slice(0, 60).trim();
  if (text.length < 3) return undefined;
  return words.length > 1 ? `"${text}"` : text;
}

/** The request URL, or undefined when no usable term is left. */
export function buildGdeltRequest(query: GdeltQuery): string | undefined {
  const terms = [...new Set(query.terms.map(cleanTerm).filter((term): term is string => !!term))].slice(
    0,
    GDELT_LIMITS.maxTerms,
  );
  if (!terms.length) return undefined;
  const hours = Math.round(Math.min(Math.max(query.timespanHours ?? GDELT_LIMITS.timespanHours, 1), 24 * 90));
  const records = Math.round(Math.min(Math.max(query.maxRecords ?? GDELT_LIMITS.maxRecords, 1), 250));
  const params = new URLSearchParams({
    query: terms.join(' '),
    mode: 'artlist',
    format: 'json',
    maxrecords: String(records),
    timespan: `${hours}h`,
    sort: 'hybridrel',
  });
  return `${GDELT_ENDPOINT}?${params}`;
}

export type GdeltArticle = FeedItem & { domain: string };

// GDELT names languages in English; the ones outlets in the dataset publish in.
const LANGUAGES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  french: 'fr',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  polish: 'pl',
  russian: 'ru',
  ukrainian: 'uk',
  turkish: 'tr',
  arabic: 'ar',
  chinese: 'zh',
  japanese: 'ja',
  korean: 'ko',
  hindi: 'hi',
};

/**
 * Articles from a GDELT answer body. GDELT reports a bad query as plain text with status 200,
 * which becomes a FeedError with its first line.
 */
export function parseGdeltResponse(body: string): { items: GdeltArticle[]; dropped: number } {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const line = body.trim().split('\n')[0]?.slice(0, 200) || 'empty answer';
    throw new FeedError('malformed', `GDELT did not answer with JSON: ${line}`);
  }
  // An empty result is `{}`.
  const articles = (value as { articles?: unknown } | null)?.articles ?? [];
  if (typeof value !== 'object' || value === null || !Array.isArray(articles)) {
    throw new FeedError('malformed', 'GDELT answer has no article list');
  }
  const items: GdeltArticle[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const article of articles.slice(0, 250) as Record<string, unknown>[]) {
    const url = typeof article?.url === 'string' ? canonicalUrl(article.url) : undefined;
    const title = typeof article?.title === 'string' ? htmlToText(article.title.slice(0, 1000)) : '';
    if (!url || !title || seen.has(url)) {
      dropped++;
      continue;
    }
    seen.add(url);
    const item: GdeltArticle = { url, title, domain: new URL(url).hostname.replace(/^www\./, '') };
    const published = typeof article.seendate === 'string' ? toIsoDate(article.seendate) : undefined;
    const lang = typeof article.language === 'string' ? LANGUAGES[article.language.toLowerCase()] : undefined;
    if (published) item.published = published;
    if (lang) item.lang = lang;
    items.push(item);
  }
  return { items, dropped };
}

/**
 * Asks GDELT (`url` from buildGdeltRequest) and reads its answer. The request carries nothing
 * beyond its URL: no cookies, no referrer. Throws a FeedError on any failure.
 */
export async function fetchGdelt(
  url: string,
  options: { fetch: typeof fetch; timeoutMs?: number; maxBytes?: number },
): Promise<{ items: GdeltArticle[]; dropped: number }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? GDELT_LIMITS.timeoutMs);
  try {
    const response = await options.fetch(url, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // The key terms say what the reader reads about: not kept in the browser's HTTP cache.
      cache: 'no-store',
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedError('http', `GDELT answered HTTP ${response.status}`);
    }
    return parseGdeltResponse(
      new TextDecoder().decode(
        await readCapped(response, options.maxBytes ?? GDELT_LIMITS.maxBytes, 'GDELT answer'),
      ),
    );
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timedOut) throw new FeedError('timeout', 'GDELT did not answer in time');
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedError('network', `network error: ${message.split('\n')[0]}`);
  } finally {
    clearTimeout(timer);
  }
}
