import { describe, expect, it } from 'vitest';
import { feedsToRefresh } from '../../../utils/background/options-feeds';
import { bundledDataset } from '../../../utils/sources/bundled';
import { parseFeedPrefs } from '../../../utils/storage';
import { optionsHarness } from './options-helpers';

const DEMO_FEED = 'https://www.cnn.com:8443/feed.xml';

describe('options: feeds', { timeout: 30_000 }, () => {
  it('adds a feed after fetching it, credited to the outlet that owns its host', async () => {
    const { send, fetch, prefs } = await optionsHarness();
    const answer = await send('feeds:add', { url: DEMO_FEED });
    expect(answer).toMatchObject({
      ok: true,
      items: 2,
      feed: { outletId: 'cnn', outletName: 'CNN', readerAdded: true, enabled: true },
    });
    expect(fetch).toHaveBeenCalledWith(DEMO_FEED, expect.anything());
    expect(prefs().added).toEqual([{ url: DEMO_FEED, outletId: 'cnn', addedAt: '2026-03-04T12:00:00.000Z' }]);
    const listed = (await send('feeds:list', {})).feeds.find((feed) => feed.url === DEMO_FEED);
    expect(listed).toMatchObject({ readerAdded: true, status: null });
  });

  it('refuses, with the reason, a page that is not a feed, a failing URL, and an unknown host', async () => {
    const { send, prefs } = await optionsHarness();
    expect(await send('feeds:add', { url: 'https://www.cnn.com/html' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not added: .*/),
    });
    expect(await send('feeds:add', { url: 'https://www.cnn.com/missing' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('404'),
    });
    expect(await send('feeds:add', { url: 'https://unknown-outlet.example/rss' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown-outlet.example'),
    });
    expect(prefs().added).toEqual([]);
  });

  it('turns feeds off and on, forgets reader-added ones, and the refresher follows', async () => {
    const { send, prefs } = await optionsHarness();
    await send('feeds:add', { url: DEMO_FEED });
    const datasetFeed = bundledDataset().outlets.find((outlet) => outlet.id === 'cnn')?.feeds[0]?.url ?? '';
    expect(await send('feeds:set-enabled', { url: datasetFeed, enabled: false })).toEqual({ ok: true });
    let refreshed = feedsToRefresh(bundledDataset().outlets, prefs()).map((feed) => feed.url);
    // The reader's own feed comes first: a reader who just added it is waiting for it.
    expect(refreshed[0]).toBe(DEMO_FEED);
    expect(refreshed).not.toContain(datasetFeed);

    expect(await send('feeds:set-enabled', { url: datasetFeed, enabled: true })).toEqual({ ok: true });
    expect(await send('feeds:remove', { url: datasetFeed })).toMatchObject({ ok: false });
    expect(await send('feeds:remove', { url: DEMO_FEED })).toEqual({ ok: true });
    refreshed = feedsToRefresh(bundledDataset().outlets, prefs()).map((feed) => feed.url);
    expect(refreshed).toContain(datasetFeed);
    expect(refreshed).not.toContain(DEMO_FEED);
    expect(
      await send('feeds:set-enabled', { url: 'https://nowhere.example/rss', enabled: false }),
    ).toMatchObject({ ok: false });
  });

  it('reads stored feed preferences defensively: bad entries are dropped, the rest kept', () => {
    expect(
      parseFeedPrefs({
        added: [
          { url: 'https://a.example/rss', outletId: 'a', addedAt: '2026-03-04T00:00:00Z', extra: 1 },
          { url: 'javascript:alert(1)', outletId: 'b', addedAt: 'x' },
          { url: 'https://c.example/rss', outletId: 'Not An Id', addedAt: 'x' },
          'nonsense',
        ],
        disabled: ['https://a.example/rss', 'https://a.example/rss', 42, 'file:///etc/passwd'],
      }),
    ).toEqual({
      added: [{ url: 'https://a.example/rss', outletId: 'a', addedAt: '2026-03-04T00:00:00Z' }],
      disabled: ['https://a.example/rss'],
    });
    expect(parseFeedPrefs(undefined)).toEqual({ added: [], disabled: [] });
  });
});
