/**
 * The options page's Storage: what Parallax keeps on the device, and clearing a part of it. Each
 * part is cleared in one transaction; settings, imported datasets and feed choices are kept.
 */
import { bumpItemsRevision, clearHistory, countItems, type ParallaxDb } from '../db';
import type { Outcome, StoragePart, StorageUsage } from '../messages';

export interface StorageDeps {
  db: () => Promise<ParallaxDb>;
  /** `navigator.storage.estimate`, where the browser has it. */
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  /** Called after the reader's overrides were cleared: the background reloads its outlets. */
  ratingsChanged: () => Promise<void>;
  /**
   * Called with the ids of the items cleared and the items' revision the clearing made: the
   * background drops what it built from them.
   */
  coverageCleared?: (removedIds: string[], revision: number) => void;
}

export async function storageUsage(deps: StorageDeps): Promise<StorageUsage> {
  const db = await deps.db();
  const noEstimate: { usage?: number; quota?: number } = {};
  const [estimate, items, feeds, datasets, overrides, visits] = await Promise.all([
    deps.estimate?.().catch(() => noEstimate) ?? noEstimate,
    countItems(db),
    db.count('feedStatus'),
    db.count('datasets'),
    db.count('overrides'),
    db.count('history'),
  ]);
  return {
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
    items,
    feeds,
    datasets,
    overrides,
    visits,
  };
}

export async function clearStorage(
  deps: StorageDeps,
  part: StoragePart,
): Promise<Outcome<{ removed: number }>> {
  const db = await deps.db();
  switch (part) {
    case 'coverage': {
      // Items and feed status go together: a kept ETag would answer 304 for items no longer stored.
      const tx = db.transaction(
        ['items', 'feedStatus', 'refreshProgress', 'snapshots', 'revisions'],
        'readwrite',
      );
      const removed = (await tx.objectStore('items').getAllKeys()) as string[];
      const [revision] = await Promise.all([
        bumpItemsRevision(tx.objectStore('revisions')),
        tx.objectStore('items').clear(),
        tx.objectStore('feedStatus').clear(),
        tx.objectStore('refreshProgress').clear(),
        tx.objectStore('snapshots').clear(),
        tx.done,
      ]);
      deps.coverageCleared?.(removed, revision);
      return { ok: true, removed: removed.length };
    }
    case 'history': {
      const removed = await db.count('history');
      await clearHistory(db);
      return { ok: true, removed };
    }
    case 'overrides': {
      const removed = await db.count('overrides');
      await db.clear('overrides');
      await deps.ratingsChanged();
      return { ok: true, removed };
    }
  }
}
