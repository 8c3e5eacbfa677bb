/**
 * One feed's refresh result, committed atomically: its new items, its status (with the ETag that
 * lets the next fetch answer 304) and its removal from the pending list. Either all land or
 * none: a worker stopped in between refetches the feed rather than losing items behind a 304.
 */
import { type ItemsWrite, putItemsInTx } from './items';
import { withQuotaRecovery } from './quota';
import { REFRESH_PROGRESS_KEY } from './refresh-progress';
import type { FeedStatus, ParallaxDb, StoredItem } from './schema';

export interface FeedCommit {
  status: FeedStatus;
  items: StoredItem[];
  /** The refresh run this feed belongs to; its pending entry is removed. */
  runId?: string;
}

export interface FeedCommitResult {
  added: StoredItem[];
  /** Items pruned to make room when the quota was full. */
  pruned: string[];
  /** The items' revisions the commit made (see items-revision.ts): the prunes', then the write's. */
  revisions: number[];
}

async function commitOnce(db: ParallaxDb, { status, items, runId }: FeedCommit): Promise<ItemsWrite> {
  const tx = db.transaction(['items', 'feedStatus', 'refreshProgress', 'revisions'], 'readwrite');
  try {
    const written = await putItemsInTx(tx, items);
    await tx.objectStore('feedStatus').put(status);
    const progressStore = tx.objectStore('refreshProgress');
    const progress = await progressStore.get(REFRESH_PROGRESS_KEY);
    if (progress && progress.runId === runId) {
      const pending = progress.pending.filter((feed) => feed.url !== status.url);
      await progressStore.put({ ...progress, pending }, REFRESH_PROGRESS_KEY);
    }
    await tx.done;
    return written;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the error itself.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}

export async function commitFeed(db: ParallaxDb, commit: FeedCommit): Promise<FeedCommitResult> {
  const { result, pruned } = await withQuotaRecovery(db, () => commitOnce(db, commit));
  return {
    added: result.added,
    pruned: pruned.removed,
    revisions: result.revision === null ? pruned.revisions : [...pruned.revisions, result.revision],
  };
}
