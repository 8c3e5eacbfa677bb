import {
  getItemsRevision,
  getSnapshot,
  listFeedStatus,
  listItemsAtRevision,
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
  const [snapshot, statuses, revision] = await Promise.all([
    getSnapshot(db, STORY_INDEX_SNAPSHOT),
    listFeedStatus(db),
    getItemsRevision(db),
  ]);
  // The snapshot is saved a few seconds after a refresh: a worker stopped in between leaves one
  // built at an earlier revision of the items than they are at now, and it is rebuilt.
  const current = typeof snapshot?.itemsRevision === 'number' && snapshot.itemsRevision === revision;
  if (!snapshot || !current || !(await coverage.restore(snapshot.data, revision))) {
    const stored = await listItemsAtRevision(db);
    coverage.rebuild(stored.items, stored.revision);
    // Not awaited: the first answer need not wait for the write.
    void saveSnapshot(
      db,
      STORY_INDEX_SNAPSHOT,
      coverage.snapshot(),
      now().toISOString(),
      coverage.itemsRevision,
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
          coverage.itemsRevision,
        ),
      );
    }, delayMs);
  };
}
