import type { RefreshSummary } from '../feeds/refresh';
import type { RefreshResponse } from '../messages';

/**
 * The reader's "Refresh now": a refresh of the feeds as they are now. A refresh already under way
 * (the alarm's, or one cut off with the worker) was started with the feeds of its time, before a
 * feed the reader just added: it is waited for, then a new one runs.
 */
export async function refreshWithCurrentFeeds(
  refreshNow: () => Promise<RefreshSummary>,
  refreshUnderWay: () => Promise<boolean>,
): Promise<RefreshResponse> {
  const underWay = await refreshUnderWay();
  let summary = await refreshNow();
  if (underWay) summary = await refreshNow();
  // Some feeds always fail somewhere; all of them failing means the reader is offline or blocked.
  return summary.feeds > 0 && summary.failed.length === summary.feeds
    ? { ok: false, reason: summary.failed[0]?.reason ?? 'every feed failed' }
    : { ok: true };
}
