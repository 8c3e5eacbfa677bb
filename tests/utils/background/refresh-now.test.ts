import { describe, expect, it, vi } from 'vitest';
import { refreshWithCurrentFeeds } from '../../../utils/background/refresh-now';
import type { RefreshSummary } from '../../../utils/feeds/refresh';

const summary = (feeds: number, failed: number): RefreshSummary => ({
  resumed: false,
  feeds,
  notModified: 0,
  skipped: 0,
  failed: Array.from({ length: failed }, (_, i) => ({
    url: `https://feed${i}.example/rss`,
    reason: 'network error',
  })),
  added: 0,
  removed: 0,
});

describe('Refresh now', () => {
  it('runs one refresh when none is under way', async () => {
    const refreshNow = vi.fn(async () => summary(3, 1));
    expect(await refreshWithCurrentFeeds(refreshNow, async () => false)).toEqual({ ok: true });
    expect(refreshNow).toHaveBeenCalledOnce();
  });

  it('waits for a refresh under way, then runs one with the feeds as they are now', async () => {
    const refreshNow = vi.fn().mockResolvedValueOnce(summary(5, 5)).mockResolvedValueOnce(summary(6, 5));
    expect(await refreshWithCurrentFeeds(refreshNow, async () => true)).toEqual({ ok: true });
    expect(refreshNow).toHaveBeenCalledTimes(2);
  });

  it('says so when every feed failed', async () => {
    expect(
      await refreshWithCurrentFeeds(
        async () => summary(2, 2),
        async () => false,
      ),
    ).toEqual({
      ok: false,
      reason: 'network error',
    });
  });
});
