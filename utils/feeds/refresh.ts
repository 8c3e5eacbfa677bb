/**
 * One refresh of the coverage cache: every due feed fetched (a few at a time), its items stored
 * with its status, the cache pruned. Pure apart from what is injected (fetch, database, clock),
 * so the background worker, the tests and the benchmark run the same code.
 *
 * - One refresh at a time: a call while one runs joins it; feeds that run does not cover (added
 *   since it began) get a run of their own right after it, so "Refresh now" never skips them.
 * - Resumable: the feeds still to fetch are stored, and each feed's result is committed
 *   atomically with its removal from that list, so a refresh cut off by the worker's end resumes
 *   with the rest, with no duplicates and no items lost.
 * - A failing feed is skipped until its backoff (or the server's Retry-After) has passed.
 */
import { commitFeed } from '../db/feed-commit';
import { pruneItems } from '../db/items';
import { clearRefreshProgress, getRefreshProgress, startRefreshProgress } from '../db/refresh-progress';
import type { FeedRef, FeedStatus, ParallaxDb, StoredItem } from '../db/schema';
import { nextFetchAfter } from './backoff';
import { type FetchFeedResult, fetchFeed } from './fetch-feed';
import type { FeedItem } from './parse';
import { runLimited } from './run-limited';

export interface RefreshDeps {
  db: ParallaxDb;
  fetch: typeof fetch;
  now?: () => number;
  /** Feeds fetched at once. */
  concurrency?: number;
  timeoutMs?: number;
  retentionDays?: number;
  maxItems?: number;
  /**
   * Told of a refresh's changes to the items, with the items' revisions its writes made (see
   * utils/db/items-revision.ts), so what is built from the items knows which revision it reflects.
   */
  onItemsChanged?: ItemsChangedListener;
}

export type ItemsChangedListener = (added: StoredItem[], removedIds: string[], revisions: number[]) => void;

export interface RefreshSummary {
  /** True when this call finished a refresh an earlier worker had started. */
  resumed: boolean;
  /** Feeds fetched (or tried) in this call. */
  feeds: number;
  notModified: number;
  /** Feeds left alone because of their backoff or Retry-After. */
  skipped: number;
  failed: { url: string; reason: string }[];
  /** Items new to the cache (in a resumed refresh, those the earlier worker stored too). */
  added: number;
  removed: number;
}

export const REFRESH_DEFAULTS = { concurrency: 6, retentionDays: 7, maxItems: 50_000 } as const;

interface RunningRefresh {
  done: Promise<RefreshSummary>;
  /** The feeds this run fetches. */
  urls: ReadonlySet<string>;
}

const running = new WeakMap<ParallaxDb, RunningRefresh>();

/**
 * Refreshes `feeds`, or joins the refresh already running on this database connection; feeds
 * that refresh does not cover are fetched right after it, and the answer counts both.
 */
export function refreshFeeds(feeds: readonly FeedRef[], deps: RefreshDeps): Promise<RefreshSummary> {
  const current = running.get(deps.db);
  if (current) {
    const uncovered = feeds.filter((feed) => !current.urls.has(feed.url));
    if (!uncovered.length) return current.done;
    return current.done.then(async (first) => joinSummaries(first, await refreshFeeds(uncovered, deps)));
  }
  const done = runRefresh(feeds, deps).finally(() => running.delete(deps.db));
  running.set(deps.db, { done, urls: new Set(feeds.map((feed) => feed.url)) });
  return done;
}

function joinSummaries(a: RefreshSummary, b: RefreshSummary): RefreshSummary {
  return {
    resumed: a.resumed || b.resumed,
    feeds: a.feeds + b.feeds,
    notModified: a.notModified + b.notModified,
    skipped: a.skipped + b.skipped,
    failed: [...a.failed, ...b.failed],
    added: a.added + b.added,
    removed: a.removed + b.removed,
  };
}

function uniqueFeeds(feeds: readonly FeedRef[]): FeedRef[] {
  const byUrl = new Map<string, FeedRef>();
  for (const feed of feeds)
    if (!byUrl.has(feed.url)) byUrl.set(feed.url, { url: feed.url, outletId: feed.outletId });
  return [...byUrl.values()];
}

export function toStoredItem(item: FeedItem, feed: FeedRef, fetchedAt: string): StoredItem {
  return {
    id: item.url,
    ...item,
    source: feed.outletId,
    outletId: feed.outletId,
    feedUrl: feed.url,
    fetchedAt,
  };
}

/** The feed's new status and the items to store, from one fetch. */
function outcome(
  feed: FeedRef,
  previous: FeedStatus | undefined,
  result: FetchFeedResult,
  now: number,
  notBefore: string,
): { status: FeedStatus; items: StoredItem[] } {
  const at = new Date(now).toISOString();
  const base: FeedStatus = {
    ...previous,
    url: feed.url,
    outletId: feed.outletId,
    consecutiveFailures: 0,
    lastAttemptAt: at,
  };
  if (result.kind === 'failed') {
    const failures = (previous?.consecutiveFailures ?? 0) + 1;
    const next = new Date(nextFetchAfter(failures, now, result.retryAfterMs)).toISOString();
    const status = {
      ...base,
      consecutiveFailures: failures,
      lastError: { at, message: result.error.message },
      nextFetchAfter: next,
    };
    return { status, items: [] };
  }
  const { lastError: _error, nextFetchAfter: _next, ...healthy } = base;
  if (result.kind === 'not-modified') return { status: { ...healthy, lastSuccessAt: at }, items: [] };
  const status: FeedStatus = {
    ...healthy,
    lastSuccessAt: at,
    items: result.feed.items.length,
    dropped: result.feed.dropped,
    bytes: result.bytes,
    etag: result.etag,
    lastModified: result.lastModified,
  };
  // Items already past the retention window would only be pruned again.
  const fresh = result.feed.items.filter((item) => !item.published || item.published >= notBefore);
  return { status, items: fresh.map((item) => toStoredItem(item, feed, at)) };
}

async function runRefresh(feeds: readonly FeedRef[], deps: RefreshDeps): Promise<RefreshSummary> {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const retentionDays = deps.retentionDays ?? REFRESH_DEFAULTS.retentionDays;
  const notBefore = new Date(now() - retentionDays * 86_400_000).toISOString();

  let progress = await getRefreshProgress(db);
  const resumed = progress !== undefined;
  if (!progress) {
    progress = {
      runId: crypto.randomUUID(),
      startedAt: new Date(now()).toISOString(),
      pending: uniqueFeeds(feeds),
    };
    await startRefreshProgress(db, progress);
  }
  const { runId } = progress;
  const statuses = new Map((await db.getAll('feedStatus')).map((status) => [status.url, status]));
  const nowIso = new Date(now()).toISOString();
  // A resumed refresh fetches what is left of it, less any feed the reader removed since, plus
  // any added since (not tried since the run began).
  const wanted = new Set(feeds.map((feed) => feed.url));
  const pending = progress.pending.filter((feed) => wanted.has(feed.url));
  if (resumed) {
    const left = new Set(pending.map((feed) => feed.url));
    const { startedAt } = progress;
    for (const feed of uniqueFeeds(feeds)) {
      const tried = statuses.get(feed.url)?.lastAttemptAt;
      if (!left.has(feed.url) && !(tried && tried >= startedAt)) pending.push(feed);
    }
  }
  const due = pending.filter((feed) => {
    const waitUntil = statuses.get(feed.url)?.nextFetchAfter;
    return !waitUntil || waitUntil <= nowIso;
  });

  const summary: RefreshSummary = {
    resumed,
    feeds: due.length,
    notModified: 0,
    skipped: pending.length - due.length,
    failed: [],
    added: 0,
    removed: 0,
  };
  // Items the stopped worker stored in this run were never announced: announce them now
  // (first stored in this run = fetched since it started; a merge keeps the first fetch date).
  const added: StoredItem[] = resumed
    ? await db.getAllFromIndex('items', 'fetchedAt', IDBKeyRange.lowerBound(progress.startedAt))
    : [];
  const removed: string[] = [];
  const revisions: number[] = [];

  await runLimited(due, deps.concurrency ?? REFRESH_DEFAULTS.concurrency, async (feed) => {
    const previous = statuses.get(feed.url);
    const result = await fetchFeed(feed.url, {
      fetch: deps.fetch,
      etag: previous?.etag,
      lastModified: previous?.lastModified,
      timeoutMs: deps.timeoutMs,
      now,
    });
    const { status, items } = outcome(feed, previous, result, now(), notBefore);
    if (result.kind === 'failed') summary.failed.push({ url: feed.url, reason: result.error.message });
    if (result.kind === 'not-modified') summary.notModified++;
    try {
      const committed = await commitFeed(db, { status, items, runId });
      added.push(...committed.added);
      removed.push(...committed.pruned);
      revisions.push(...committed.revisions);
    } catch (error) {
      // Storage that fails even after pruning: this feed is lost for this round, the others go on.
      summary.failed.push({ url: feed.url, reason: `could not store: ${(error as Error).message}` });
    }
  });

  const pruned = await pruneItems(db, {
    now: now(),
    retentionDays,
    maxItems: deps.maxItems ?? REFRESH_DEFAULTS.maxItems,
  });
  removed.push(...pruned.removed);
  revisions.push(...pruned.revisions);
  await clearRefreshProgress(db);
  const removedSet = new Set(removed);
  const stillThere = added.filter((item) => !removedSet.has(item.id));
  summary.added = stillThere.length;
  summary.removed = removedSet.size;
  // Told of writes that changed no item it indexes too (a merged duplicate): its revision moves on.
  if (stillThere.length || removedSet.size || revisions.length)
    deps.onItemsChanged?.(stillThere, [...removedSet], revisions);
  return summary;
}
