/**
 * Fetches one feed politely and safely: a conditional GET (ETag, Last-Modified → 304), a timeout
 * covering the whole answer, no cookies, redirects followed, the body read with a size cap (a 50 MB
 * answer is cut off after 5 MB, not downloaded), then parsed. Never throws: every outcome is a
 * result, so one bad feed cannot stop a refresh. `fetch` is injected (the browser's, Node's, a fake).
 */
import { parseRetryAfter } from './backoff';
import { FeedError } from './feed-error';
import { gunzipIfCompressed } from './gunzip';
import { FEED_LIMITS, type ParsedFeed, parseFeed } from './parse';
import { readCapped } from './read-capped';

export interface FetchFeedOptions {
  fetch: typeof fetch;
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => number;
}

export type FetchFeedResult =
  | { kind: 'ok'; feed: ParsedFeed; bytes: number; etag?: string; lastModified?: string; finalUrl: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: FeedError; status?: number; retryAfterMs?: number };

export const FETCH_TIMEOUT_MS = 30_000;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

function asFeedError(error: unknown, timedOut: boolean): FeedError {
  if (error instanceof FeedError) return error;
  if (timedOut) return new FeedError('timeout', 'the feed server did not answer in time');
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError('network', `network error: ${message.split('\n')[0]}`);
}

export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const headers: Record<string, string> = { Accept: ACCEPT };
    if (options.etag) headers['If-None-Match'] = options.etag;
    if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
    const response = await options.fetch(url, {
      headers,
      signal: controller.signal,
      redirect: 'follow',
      // Feed hosts learn nothing about the reader: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      const error = new FeedError(
        'http',
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
      return { kind: 'failed', error, status: response.status, ...(retryAfterMs ? { retryAfterMs } : {}) };
    }
    const maxBytes = options.maxBytes ?? FEED_LIMITS.maxBytes;
    const bytes = await gunzipIfCompressed(await readCapped(response, maxBytes, 'feed'), maxBytes);
    const finalUrl = response.url || url;
    const feed = parseFeed(bytes, {
      url: finalUrl,
      contentType: response.headers.get('content-type') ?? undefined,
      maxBytes,
    });
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      kind: 'ok',
      feed,
      bytes: bytes.byteLength,
      finalUrl,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    return { kind: 'failed', error: asFeedError(error, timedOut) };
  } finally {
    clearTimeout(timer);
  }
}
