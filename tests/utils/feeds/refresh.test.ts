// @vitest-environment node
/** The refresher against a real local HTTP server (tests/helpers/feed-server.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFeedStatus } from '../../../utils/db/feed-status';
import { listItems } from '../../../utils/db/items';
import { getItemsRevision } from '../../../utils/db/items-revision';
import { openParallaxDb } from '../../../utils/db/open';
import { getRefreshProgress } from '../../../utils/db/refresh-progress';
import type { FeedRef, StoredItem } from '../../../utils/db/schema';
import { BACKOFF } from '../../../utils/feeds/backoff';
import { refreshFeeds } from '../../../utils/feeds/refresh';
import { type FeedServer, startFeedServer } from '../../helpers/feed-server';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const NOW = Date.parse('2024-05-01T00:00:00Z');
let dbCount = 0;
const freshDb = () => openParallaxDb(`refresh-test-${++dbCount}`);
const feed = (path: string, outletId = 'outlet'): FeedRef => ({ url: `${server.origin}${path}`, outletId });
// The fixtures are dated early 2024: keep them all.
const deps = { fetch, now: () => NOW, retentionDays: 36_500, timeoutMs: 2000 };

function rss(items: { id: string; published: string }[]): string {
  const body = items
    .map(
      ({ id, published }) =>
        `<item><title>Story ${id}</title><link>https://live.example/${id}?utm_source=rss</link><pubDate>${new Date(published).toUTCString()}</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>${body}</channel></rss>`;
}

describe('refreshFeeds', () => {
  it('stores the items of every format and encoding, with each feed status', async () => {
    const db = await freshDb();
    const feeds = [
      feed('/fixtures/rss2/feed.xml', 'daily'),
      feed('/fixtures/atom/feed.atom', 'atom'),
      feed('/fixtures/rdf/feed.rdf', 'rdf'),
      feed('/fixtures/jsonfeed/feed.json', 'json'),
      feed('/fixtures/latin1-undeclared/feed.xml', 'uol'),
      feed('/fixtures/win1251-declared/feed.xml', 'novosti'),
      feed('/gzip/rss091/feed.xml', 'quotidien'),
    ];
    const summary = await refreshFeeds(feeds, { ...deps, db });
    expect(summary.failed).toEqual([]);
    expect(summary.added).toBe(3 + 4 + 2 + 2 + 1 + 1 + 2);
    const items = await listItems(db);
    expect(items.find((item) => item.title === 'Главная новость дня')?.outletId).toBe('novosti');
    expect(
      items.find((item) => item.url === 'https://daily.example/politics/budget-bill?id=7'),
    ).toMatchObject({
      source: 'daily',
      feedUrl: feeds[0]!.url,
      published: '2024-01-03T03:15:00.000Z',
    });
    const status = await getFeedStatus(db, feeds[0]!.url);
    expect(status).toMatchObject({
      items: 3,
      consecutiveFailures: 0,
      dropped: { 'unsafe-link': 2, 'no-link': 1, 'no-title': 2, duplicate: 1 },
    });
    expect(status?.etag).toMatch(/^"/);
    expect(status?.bytes).toBeGreaterThan(1000);
    expect(await getRefreshProgress(db)).toBeUndefined();
  });

  it('sends conditional GETs the next time and stores nothing twice', async () => {
    const db = await freshDb();
    const feeds = [feed('/fixtures/atom/feed.atom'), feed('/fixtures/rdf/feed.rdf')];
    await refreshFeeds(feeds, { ...deps, db });
    const before = await listItems(db);
    const requestsBefore = server.requests.length;
    const second = await refreshFeeds(feeds, { ...deps, db });
    expect(second).toMatchObject({ notModified: 2, added: 0, failed: [] });
    const conditional = server.requests.slice(requestsBefore);
    expect(conditional.map((request) => request.headers['if-none-match'])).toEqual([
      expect.stringMatching(/^"/),
      expect.stringMatching(/^"/),
    ]);
    expect(
      conditional.every(
        (request) => request.headers['if-modified-since'] === 'Mon, 01 Jan 2024 00:00:00 GMT',
      ),
    ).toBe(true);
    expect(await listItems(db)).toEqual(before);
  });

  it('reports each failing feed, backs it off, and still stores the others', async () => {
    const db = await freshDb();
    const feeds = [
      feed('/status/404'),
      feed('/status/500'),
      feed('/slow?ms=5000'),
      feed('/html'),
      feed('/fixtures/rdf/feed.rdf'),
    ];
    const summary = await refreshFeeds(feeds, { ...deps, db, timeoutMs: 500 });
    const reasons = Object.fromEntries(
      summary.failed.map(({ url, reason }) => [url.replace(server.origin, ''), reason]),
    );
    expect(reasons).toEqual({
      '/status/404': 'HTTP 404 Not Found',
      '/status/500': 'HTTP 500 Internal Server Error',
      '/slow?ms=5000': 'the feed server did not answer in time',
      '/html': 'not a feed: the server sent an HTML page',
    });
    expect(summary.added).toBe(2);
    const status = await getFeedStatus(db, feeds[0]!.url);
    expect(status).toMatchObject({ consecutiveFailures: 1, lastError: { message: 'HTTP 404 Not Found' } });
    expect(status?.nextFetchAfter).toBe(new Date(NOW + BACKOFF.baseMs).toISOString());

    // Within the backoff the failing feeds are not asked again; after it they are, with a longer backoff.
    const hits = server.hits('/status/404');
    expect(await refreshFeeds(feeds, { ...deps, db, timeoutMs: 500 })).toMatchObject({
      skipped: 4,
      feeds: 1,
    });
    expect(server.hits('/status/404')).toBe(hits);
    const later = NOW + BACKOFF.baseMs;
    await refreshFeeds([feeds[0]!], { ...deps, db, now: () => later });
    expect(server.hits('/status/404')).toBe(hits + 1);
    expect((await getFeedStatus(db, feeds[0]!.url))?.nextFetchAfter).toBe(
      new Date(later + 2 * BACKOFF.baseMs).toISOString(),
    );
  });

  it('stops a 50 MB answer at the size cap', async () => {
    const db = await freshDb();
    const summary = await refreshFeeds([feed('/huge')], { ...deps, db, timeoutMs: 30_000 });
    expect(summary.failed.map((failure) => failure.reason)).toEqual(['feed is larger than 5120 KB']);
  });

  it("honours the server's Retry-After", async () => {
    const db = await freshDb();
    const busy = feed('/retry-after?seconds=7200');
    const summary = await refreshFeeds([busy], { ...deps, db });
    expect(summary.failed[0]?.reason).toBe('HTTP 503 Service Unavailable');
    expect((await getFeedStatus(db, busy.url))?.nextFetchAfter).toBe(new Date(NOW + 7200_000).toISOString());
  });

  it('follows redirects and resolves relative links against the final URL', async () => {
    const db = await freshDb();
    const moved = feed('/redirect?to=/fixtures/rss2/feed.xml');
    expect((await refreshFeeds([moved], { ...deps, db })).added).toBe(3);
    // The fixture's relative link, resolved against the final URL (not the redirecting one).
    expect((await listItems(db)).map((item) => item.url)).toContain(
      `${server.origin}/world/relative-story.html`,
    );
  });

  it('runs one refresh at a time: a second call joins the first', async () => {
    const db = await freshDb();
    const feeds = [feed('/fixtures/utf8-bom/feed.xml')];
    const hits = server.hits('/fixtures/utf8-bom/feed.xml');
    const [a, b] = [refreshFeeds(feeds, { ...deps, db }), refreshFeeds(feeds, { ...deps, db })];
    expect(b).toBe(a);
    await a;
    expect(server.hits('/fixtures/utf8-bom/feed.xml')).toBe(hits + 1);
  });

  it('fetches a feed added while a refresh runs right after it, when asked to refresh it', async () => {
    const db = await freshDb();
    server.setFeed('late-a', rss([{ id: 'late-a1', published: '2024-04-30T10:00:00Z' }]));
    server.setFeed('late-b', rss([{ id: 'late-b1', published: '2024-04-30T10:00:00Z' }]));
    const first = refreshFeeds([feed('/feeds/late-a', 'a')], { ...deps, db });
    const both = refreshFeeds([feed('/feeds/late-a', 'a'), feed('/feeds/late-b', 'b')], { ...deps, db });
    const summary = await both;
    expect(await first).toMatchObject({ feeds: 1, added: 1 });
    expect(summary).toMatchObject({ feeds: 2, added: 2, failed: [] });
    expect(server.hits('/feeds/late-a')).toBe(1);
    expect((await listItems(db)).map((item) => item.title).sort()).toEqual([
      'Story late-a1',
      'Story late-b1',
    ]);
  });

  it('resumes a refresh cut off midway with no duplicates and nothing lost', async () => {
    const name = 'refresh-resume';
    const feeds = ['a', 'b', 'c', 'd'].map((id) => {
      server.setFeed(
        `resume-${id}`,
        rss([
          { id: `${id}1`, published: '2024-04-30T10:00:00Z' },
          { id: 'shared', published: `2024-04-30T0${'abcd'.indexOf(id)}:00:00Z` },
        ]),
      );
      return feed(`/feeds/resume-${id}`, id);
    });
    // The first worker's fetch of feed c never returns: the worker is stopped there.
    const dying = await openParallaxDb(name);
    const dyingFetch: typeof fetch = (input, init) =>
      String(input).endsWith('resume-c') ? new Promise<Response>(() => {}) : fetch(input, init);
    void refreshFeeds(feeds, { ...deps, db: dying, fetch: dyingFetch, concurrency: 1 });
    await expect
      .poll(async () => (await getRefreshProgress(dying))?.pending.map((f) => f.outletId))
      .toEqual(['c', 'd']);

    // A new worker, a new connection: it finishes the refresh with the feeds left, and a feed the
    // reader added in between.
    server.setFeed('resume-e', rss([{ id: 'e1', published: '2024-04-30T10:00:00Z' }]));
    const added: StoredItem[] = [];
    const db = await openParallaxDb(name);
    const hitsA = server.hits('/feeds/resume-a');
    const summary = await refreshFeeds([...feeds, feed('/feeds/resume-e', 'e')], {
      ...deps,
      db,
      onItemsChanged: (items) => added.push(...items),
    });
    expect(summary).toMatchObject({ resumed: true, feeds: 3, failed: [] });
    expect(server.hits('/feeds/resume-a')).toBe(hitsA);
    const items = await listItems(db);
    expect(items.map((item) => item.title).sort()).toEqual([
      'Story a1',
      'Story b1',
      'Story c1',
      'Story d1',
      'Story e1',
      'Story shared',
    ]);
    // The article all four feeds share is one item, dated by its earliest appearance.
    expect(items.find((item) => item.title === 'Story shared')).toMatchObject({
      url: 'https://live.example/shared',
      published: '2024-04-30T00:00:00.000Z',
    });
    // Everything the refresh added is announced, including what the stopped worker stored.
    expect(added.map((item) => item.title).sort()).toEqual([
      'Story a1',
      'Story b1',
      'Story c1',
      'Story d1',
      'Story e1',
      'Story shared',
    ]);
    expect(await getRefreshProgress(db)).toBeUndefined();
  });

  it('drops items older than the retention window and prunes to the size cap', async () => {
    const db = await freshDb();
    server.setFeed(
      'window',
      rss([
        { id: 'new1', published: '2024-04-30T12:00:00Z' },
        { id: 'new2', published: '2024-04-30T11:00:00Z' },
        { id: 'new3', published: '2024-04-30T10:00:00Z' },
        { id: 'old', published: '2024-04-01T00:00:00Z' },
      ]),
    );
    const removedIds: string[] = [];
    const revisions: number[] = [];
    const summary = await refreshFeeds([feed('/feeds/window')], {
      ...deps,
      db,
      retentionDays: 7,
      maxItems: 2,
      onItemsChanged: (_added, removed, made) => {
        removedIds.push(...removed);
        revisions.push(...made);
      },
    });
    expect((await listItems(db)).map((item) => item.title).sort()).toEqual(['Story new1', 'Story new2']);
    expect(summary).toMatchObject({ added: 2, removed: 1 });
    expect(removedIds).toEqual(['https://live.example/new3']);
    // The feed's commit, then the prune to the size cap: what an index told of both reflects.
    expect(revisions).toEqual([1, 2]);
    expect(await getItemsRevision(db)).toBe(2);
  });
});
