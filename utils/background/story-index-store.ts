import {
  countItems,
  getSnapshot,
  listFeedStatus,
  listItems,
  newestFetchedAt,
  type ParallaxDb,
  saveSnapshot,
} from '../db';
import type { ItemsChange, StoryCoverage } from './story-coverage';

/** The snapshot record the story index is saved under. */
export const STORY_INDEX_SNAPSHOT = 'story-index';

/** Saving the snapshot costs a structured clone of the index: wait for a burst of changes to end. */
const SAVE_DELAY_MS = 5_000;

/**
 * Brings the story index up when the worker starts: from its snapshot when there is a usable one,
 * else rebuilt from the stored items and saved at once, so the next start restores rather than
 * rebuilds (seconds at 50,000 items); and notes when feeds last succeeded, so an empty index after
 * a refresh reads as "no coverage" rather than "still loading".
 */
export async function restoreStoryIndex(
  db: ParallaxDb,
  coverage: StoryCoverage,
  now: () => Date = () => new Date(),
): Promise<void> {
  // Read together: the feed statuses are a small store, and one round trip less on every start.
  const [snapshot, statuses, stored, newest] = await Promise.all([
    getSnapshot(db, STORY_INDEX_SNAPSHOT),
    listFeedStatus(db),
    countItems(db),
    newestFetchedAt(db),
  ]);
  // The snapshot is saved a few seconds after a refresh: a worker stopped in between leaves one
  // that lags the stored items. Counts alone cannot tell (at the size cap a refresh prunes as many
  // items as it adds): one missing the newest fetched item, or not as big as the store, is rebuilt.
  const through = snapshot?.itemsThrough ?? null;
  const current = newest === null || (through !== null && through >= newest);
  if (!snapshot || !current || !coverage.restore(snapshot.data, through) || coverage.size !== stored) {
    coverage.reset();
    coverage.itemsChanged({ added: await listItems(db), removed: [] });
    // Not awaited: the first answer need not wait for the write.
    void saveSnapshot(
      db,
      STORY_INDEX_SNAPSHOT,
      coverage.snapshot(),
      now().toISOString(),
      coverage.itemsThrough,
    ).catch(() => undefined);
  }
  const lastSuccess = statuses
    .map((status) => status.lastSuccessAt)
    .filter((at): at is string => typeof at === 'string')
    .sort()
    .at(-1);
  if (lastSuccess) coverage.refreshed(lastSuccess);
}

/** Applies a refresh's changes to the index and saves its snapshot once the changes settle. */
export function createIndexUpdater(
  db: Promise<ParallaxDb>,
  coverage: StoryCoverage,
  { delayMs = SAVE_DELAY_MS, now = () => new Date() } = {},
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (change: ItemsChange): void => {
    coverage.itemsChanged(change);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void db.then((opened) =>
        saveSnapshot(
          opened,
          STORY_INDEX_SNAPSHOT,
          coverage.snapshot(),
          now().toISOString(),
          coverage.itemsThrough,
        ),
      );
    }, delayMs);
  };
}
