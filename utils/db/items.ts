/**
 * The coverage cache: items keyed by canonical URL, de-duplicated across feeds (one article
 * linked from two feeds is one item, with the earliest publication date either gave), pruned by
 * age and by count.
 */
import type { IDBPTransaction } from 'idb';
import { mergeDuplicate } from '../feeds/merge-duplicate';
import { bumpItemsRevision } from './items-revision';
import type { ParallaxDb, ParallaxDbSchema, StoredItem } from './schema';

export const ITEM_LIMITS = { retentionDays: 7, maxItems: 50_000 } as const;

type ItemsTx = IDBPTransaction<
  ParallaxDbSchema,
  ('items' | 'feedStatus' | 'refreshProgress' | 'revisions')[],
  'readwrite'
>;

/** What a write to the items did: the items new to the cache, and the revision it made (if it wrote). */
export interface ItemsWrite {
  added: StoredItem[];
  /** The items' revision after the write; null when nothing was written. */
  revision: number | null;
}

/** Puts items inside a caller's transaction (so they commit together with the feed's status). */
export async function putItemsInTx(tx: ItemsTx, items: StoredItem[]): Promise<ItemsWrite> {
  const store = tx.objectStore('items');
  const existing = await Promise.all(items.map((item) => store.get(item.id)));
  const added: StoredItem[] = [];
  const writes: Promise<unknown>[] = [];
  items.forEach((item, i) => {
    const old = existing[i];
    const write = old ? mergeDuplicate(old, item) : item;
    if (!old) added.push(item);
    if (write) writes.push(store.put(write));
  });
  if (writes.length === 0) return { added, revision: null };
  const [revision] = await Promise.all([bumpItemsRevision(tx.objectStore('revisions')), ...writes]);
  return { added, revision };
}

/**
 * Stores items outside a feed's commit, raising the items' revision like any write. The worker
 * writes through `commitFeed`; tests and tools seed the cache with this.
 */
export async function storeItems(db: ParallaxDb, items: StoredItem[]): Promise<StoredItem[]> {
  const tx = db.transaction(['items', 'feedStatus', 'refreshProgress', 'revisions'], 'readwrite');
  const { added } = await putItemsInTx(tx, items);
  await tx.done;
  return added;
}

export interface ItemQuery {
  /** ISO 8601: only items published (or, undated, fetched) at or after this. */
  since?: string;
  outletId?: string;
}

export async function listItems(db: ParallaxDb, query: ItemQuery = {}): Promise<StoredItem[]> {
  const items = query.outletId
    ? await db.getAllFromIndex('items', 'outletId', query.outletId)
    : await db.getAll('items');
  const since = query.since;
  return since ? items.filter((item) => (item.published ?? item.fetchedAt) >= since) : items;
}

export function countItems(db: ParallaxDb): Promise<number> {
  return db.count('items');
}

export interface PruneOptions {
  now: number;
  retentionDays?: number;
  maxItems?: number;
}

type IndexName = 'published' | 'fetchedAt';

/** Items removed, and the revisions their removal made (one a transaction that removed any). */
export interface ItemsRemoval {
  removed: string[];
  revisions: number[];
}

/** Deletes up to `limit` items in index order, below `upper` when given, in one transaction. */
async function deleteOldest(
  db: ParallaxDb,
  index: IndexName,
  { upper, limit, undatedOnly }: { upper?: string; limit?: number; undatedOnly?: boolean },
): Promise<ItemsRemoval> {
  const removed: string[] = [];
  if (limit !== undefined && limit <= 0) return { removed, revisions: [] };
  const tx = db.transaction(['items', 'revisions'], 'readwrite');
  const range = upper === undefined ? undefined : IDBKeyRange.upperBound(upper, true);
  let cursor = await tx.objectStore('items').index(index).openCursor(range);
  while (cursor && (limit === undefined || removed.length < limit)) {
    if (!undatedOnly || !cursor.value.published) {
      removed.push(cursor.primaryKey);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  const revisions = removed.length ? [await bumpItemsRevision(tx.objectStore('revisions'))] : [];
  await tx.done;
  return { removed, revisions };
}

/** The removals one after another, as one. */
function joined(removals: ItemsRemoval[]): ItemsRemoval {
  return {
    removed: removals.flatMap((removal) => removal.removed),
    revisions: removals.flatMap((removal) => removal.revisions),
  };
}

/**
 * Drops items older than the retention window (by publication date, or fetch date when undated),
 * then the oldest beyond the size cap.
 */
export async function pruneItems(db: ParallaxDb, options: PruneOptions): Promise<ItemsRemoval> {
  const retentionDays = options.retentionDays ?? ITEM_LIMITS.retentionDays;
  const maxItems = options.maxItems ?? ITEM_LIMITS.maxItems;
  const cutoff = new Date(options.now - retentionDays * 86_400_000).toISOString();
  const removals = [
    await deleteOldest(db, 'published', { upper: cutoff }),
    await deleteOldest(db, 'fetchedAt', { upper: cutoff, undatedOnly: true }),
  ];
  const excess = (await countItems(db)) - maxItems;
  if (excess > 0) {
    const dated = await deleteOldest(db, 'published', { limit: excess });
    removals.push(dated, await deleteOldest(db, 'fetchedAt', { limit: excess - dated.removed.length }));
  }
  return joined(removals);
}

/** Frees room after a full quota: drops the oldest `fraction` of the cache. */
export async function pruneFraction(db: ParallaxDb, fraction: number): Promise<ItemsRemoval> {
  const count = await countItems(db);
  const limit = Math.max(1, Math.ceil(count * fraction));
  const dated = await deleteOldest(db, 'published', { limit });
  return joined([dated, await deleteOldest(db, 'fetchedAt', { limit: limit - dated.removed.length })]);
}
