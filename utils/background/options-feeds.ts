/**
 * The options page's Feeds: the datasets' feeds and the reader's own, with each one's status; a
 * feed URL added only after it was fetched and parsed as a feed, credited to the outlet that owns
 * its host; feeds turned off and on. `feedsToRefresh` is what the refresher fetches.
 */
import { type FeedRef, listFeedStatus, type ParallaxDb } from '../db';
import { fetchFeed } from '../feeds/fetch-feed';
import type { FeedRow, Outcome } from '../messages';
import { createOutletLookup } from '../sources/lookup';
import type { Outlet } from '../sources/schema';
import type { FeedPrefs } from '../storage';

export interface FeedsDeps {
  db: () => Promise<ParallaxDb>;
  outlets: () => Promise<Outlet[]>;
  prefs: () => Promise<FeedPrefs>;
  updatePrefs: (change: (prefs: FeedPrefs) => FeedPrefs) => Promise<FeedPrefs>;
  fetch: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

/** Every feed the datasets list, then the reader's, once each. */
function allFeeds(outlets: readonly Outlet[], prefs: FeedPrefs): (FeedRef & { readerAdded: boolean })[] {
  const byUrl = new Map<string, FeedRef & { readerAdded: boolean }>();
  for (const outlet of outlets)
    for (const feed of outlet.feeds)
      if (!byUrl.has(feed.url))
        byUrl.set(feed.url, { url: feed.url, outletId: outlet.id, readerAdded: false });
  for (const feed of prefs.added)
    if (!byUrl.has(feed.url))
      byUrl.set(feed.url, { url: feed.url, outletId: feed.outletId, readerAdded: true });
  return [...byUrl.values()];
}

/**
 * The feeds the refresher fetches: the reader's first (the ones they chose, and the ones a reader
 * who just added a feed is waiting for), then the datasets', less those turned off.
 */
export function feedsToRefresh(outlets: readonly Outlet[], prefs: FeedPrefs): FeedRef[] {
  const disabled = new Set(prefs.disabled);
  const enabled = allFeeds(outlets, prefs).filter((feed) => !disabled.has(feed.url));
  return [...enabled.filter((feed) => feed.readerAdded), ...enabled.filter((feed) => !feed.readerAdded)].map(
    ({ url, outletId }) => ({ url, outletId }),
  );
}

export async function listFeeds(deps: FeedsDeps): Promise<FeedRow[]> {
  const [outlets, prefs, statuses] = await Promise.all([
    deps.outlets(),
    deps.prefs(),
    deps.db().then(listFeedStatus),
  ]);
  const names = new Map(outlets.map((outlet) => [outlet.id, outlet.name]));
  const statusOf = new Map(statuses.map((status) => [status.url, status]));
  const disabled = new Set(prefs.disabled);
  return allFeeds(outlets, prefs).map((feed) => ({
    ...feed,
    outletName: names.get(feed.outletId) ?? feed.outletId,
    enabled: !disabled.has(feed.url),
    status: statusOf.get(feed.url) ?? null,
  }));
}

/**
 * Adds a feed after fetching it: refused, with the reason, when it does not answer, is not a feed,
 * or no outlet owns its host (items must be credited to an outlet). An existing feed that was
 * turned off is turned on again.
 */
export async function addFeed(
  deps: FeedsDeps,
  url: string,
  outletId: string | null,
): Promise<Outcome<{ feed: FeedRow; items: number }>> {
  const outlets = await deps.outlets();
  const outlet = outletId
    ? outlets.find((candidate) => candidate.id === outletId)
    : createOutletLookup(outlets).lookup({ url })?.outlet;
  if (!outlet) {
    const host = new URL(url).hostname;
    return {
      ok: false,
      reason: outletId
        ? `no outlet has the id "${outletId}"`
        : `no outlet in your ratings publishes on ${host}: add the outlet in Sources first`,
    };
  }
  const result = await fetchFeed(url, { fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  if (result.kind === 'failed') return { ok: false, reason: `not added: ${result.error.message}` };
  const items = result.kind === 'ok' ? result.feed.items.length : 0;
  const addedAt = (deps.now?.() ?? new Date()).toISOString();
  await deps.updatePrefs((prefs) => ({
    added: allFeeds(outlets, prefs).some((feed) => feed.url === url)
      ? prefs.added
      : [...prefs.added, { url, outletId: outlet.id, addedAt }],
    disabled: prefs.disabled.filter((disabled) => disabled !== url),
  }));
  const feed = (await listFeeds(deps)).find((row) => row.url === url);
  return feed ? { ok: true, feed, items } : { ok: false, reason: 'the feed was not kept' };
}

export async function setFeedEnabled(deps: FeedsDeps, url: string, enabled: boolean): Promise<Outcome> {
  const known = allFeeds(await deps.outlets(), await deps.prefs()).some((feed) => feed.url === url);
  if (!known) return { ok: false, reason: `${url} is not in the list of feeds` };
  await deps.updatePrefs((prefs) => ({
    ...prefs,
    disabled: enabled ? prefs.disabled.filter((entry) => entry !== url) : [...prefs.disabled, url],
  }));
  return { ok: true };
}

/** Forgets a feed the reader added (a dataset's feed can only be turned off). */
export async function removeFeed(deps: FeedsDeps, url: string): Promise<Outcome> {
  const prefs = await deps.prefs();
  if (!prefs.added.some((feed) => feed.url === url))
    return {
      ok: false,
      reason: `${url} is not a feed you added; a dataset's feed can be turned off instead`,
    };
  await deps.updatePrefs((current) => ({
    added: current.added.filter((feed) => feed.url !== url),
    disabled: current.disabled.filter((entry) => entry !== url),
  }));
  return { ok: true };
}
