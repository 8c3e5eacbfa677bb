/**
 * The items' revision: a number every write to the items store raises by one, in the same
 * transaction. A story-index snapshot saved with the revision it was built at tells, in one read,
 * whether the items changed since: counting 50,000 items to tell took longer than the rest of a
 * cold start.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { ParallaxDb, ParallaxDbSchema, StoredItem } from './schema';

const ITEMS = 'items';

type RevisionStore = IDBPObjectStore<
  ParallaxDbSchema,
  ArrayLike<StoreNames<ParallaxDbSchema>>,
  'revisions',
  'readwrite'
>;

/** Raises the items' revision inside the transaction that writes them; returns the new revision. */
export async function bumpItemsRevision(store: RevisionStore): Promise<number> {
  const revision = ((await store.get(ITEMS))?.revision ?? 0) + 1;
  await store.put({ name: ITEMS, revision });
  return revision;
}

/** The items' revision: 0 before any write (or in a database from before revisions were kept). */
export async function getItemsRevision(db: ParallaxDb): Promise<number> {
  return (await db.get('revisions', ITEMS))?.revision ?? 0;
}

/** Every stored item and the revision they are at, read together (for a rebuild of the index). */
export async function listItemsAtRevision(
  db: ParallaxDb,
): Promise<{ items: StoredItem[]; revision: number }> {
  const tx: IDBPTransaction<ParallaxDbSchema, ['items', 'revisions']> = db.transaction([
    'items',
    'revisions',
  ]);
  const [items, record] = await Promise.all([
    tx.objectStore('items').getAll(),
    tx.objectStore('revisions').get(ITEMS),
    tx.done,
  ]);
  return { items, revision: record?.revision ?? 0 };
}
