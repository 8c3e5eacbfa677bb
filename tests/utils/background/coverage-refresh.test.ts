// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COVERAGE_ALARM,
  type CoverageSettings,
  registerCoverageRefresher,
} from '../../../utils/background/coverage-refresh';
import { listItems } from '../../../utils/db/items';
import { openParallaxDb } from '../../../utils/db/open';
import { getRefreshProgress, startRefreshProgress } from '../../../utils/db/refresh-progress';
import type { StoredItem } from '../../../utils/db/schema';

const feeds = [
  { url: 'https://a.example/rss', outletId: 'a' },
  { url: 'https://b.example/rss', outletId: 'b' },
];
const settings: CoverageSettings = { intervalMinutes: 30, retentionDays: 7, maxItems: 50_000 };

function rss(host: string): string {
  const published = new Date(Date.now() - 3600_000).toUTCString();
  return `<rss version="2.0"><channel><title>${host}</title><item><title>News from ${host}</title><link>https://${host}/story</link><pubDate>${published}</pubDate></item></channel></rss>`;
}

const fetched: string[] = [];
const fakeFetch = vi.fn(async (input: RequestInfo | URL) => {
  const url = String(input);
  fetched.push(url);
  return new Response(rss(new URL(url).host), { headers: { 'Content-Type': 'application/rss+xml' } });
});

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  fetched.length = 0;
  vi.stubGlobal('fetch', fakeFetch);
});
afterEach(() => vi.unstubAllGlobals());

const register = (onItemsChanged?: (added: StoredItem[], removed: string[]) => void) =>
  registerCoverageRefresher({ feeds: async () => feeds, settings: async () => settings, onItemsChanged });

describe('registerCoverageRefresher', () => {
  it('schedules the refresh alarm and fills the cache on first start', async () => {
    const changed = vi.fn();
    register(changed);
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    const alarm = await fakeBrowser.alarms.get(COVERAGE_ALARM);
    expect(alarm?.periodInMinutes).toBe(30);
    expect(fetched.sort()).toEqual(['https://a.example/rss', 'https://b.example/rss']);
    const added = changed.mock.calls[0]![0] as StoredItem[];
    expect(added.map((item) => item.url).sort()).toEqual([
      'https://a.example/story',
      'https://b.example/story',
    ]);
    expect((await listItems(await openParallaxDb())).length).toBe(2);
  });

  it('refreshes when its alarm fires, and only for its own alarm', async () => {
    await fakeBrowser.alarms.create(COVERAGE_ALARM, { periodInMinutes: 30 });
    const changed = vi.fn();
    register(changed);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched).toEqual([]); // not a first start, nothing unfinished

    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'someone-else',
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched).toEqual([]);

    await fakeBrowser.alarms.onAlarm.trigger({
      name: COVERAGE_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: 30,
      persistAcrossSessions: true,
    });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(fetched).toHaveLength(2);
  });

  it('resumes at startup the refresh a stopped worker left unfinished', async () => {
    await fakeBrowser.alarms.create(COVERAGE_ALARM, { periodInMinutes: 30 });
    const db = await openParallaxDb();
    const startedAt = new Date().toISOString();
    await startRefreshProgress(db, { runId: 'cut-off', startedAt, pending: [feeds[1]!] });
    // The stopped worker had fetched the first feed in that run.
    await db.put('feedStatus', {
      url: feeds[0]!.url,
      outletId: feeds[0]!.outletId,
      consecutiveFailures: 0,
      lastAttemptAt: startedAt,
      lastSuccessAt: startedAt,
    });
    db.close();

    const changed = vi.fn();
    register(changed);
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(fetched).toEqual(['https://b.example/rss']);
    expect(await getRefreshProgress(await openParallaxDb())).toBeUndefined();
  });

  it('reschedules when the interval setting changes', async () => {
    await fakeBrowser.alarms.create(COVERAGE_ALARM, { periodInMinutes: 30 });
    let interval = 30;
    const refresher = registerCoverageRefresher({
      feeds: async () => feeds,
      settings: async () => ({ ...settings, intervalMinutes: interval }),
    });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(COVERAGE_ALARM))?.periodInMinutes).toBe(30),
    );
    interval = 120;
    await refresher.reschedule();
    expect((await fakeBrowser.alarms.get(COVERAGE_ALARM))?.periodInMinutes).toBe(120);
  });

  it('uses the database connection it is given', async () => {
    await fakeBrowser.alarms.create(COVERAGE_ALARM, { periodInMinutes: 30 });
    const shared = await openParallaxDb('shared-connection');
    const refresher = registerCoverageRefresher({
      feeds: async () => feeds,
      settings: async () => settings,
      db: async () => shared,
    });
    await refresher.refreshNow();
    expect(await listItems(shared)).toHaveLength(2);
    expect(await listItems(await openParallaxDb())).toHaveLength(0);
  });

  it('refreshNow returns the summary, and joins a refresh under way', async () => {
    await fakeBrowser.alarms.create(COVERAGE_ALARM, { periodInMinutes: 30 });
    const refresher = register();
    const [first, second] = await Promise.all([refresher.refreshNow(), refresher.refreshNow()]);
    expect(second).toBe(first);
    expect(first).toMatchObject({ feeds: 2, added: 2, failed: [] });
    expect(fetched).toHaveLength(2);
  });
});
