/**
 * The database's history, one numbered step a version: version N is what MIGRATIONS[0..N-1]
 * built. Steps are only ever appended, never edited, and a step must keep every record earlier
 * versions stored (the reader's overrides and history above all): it may add stores and
 * indexes, and rewrite records in place, never drop them.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ParallaxDbSchema } from './schema';

type Migration = (
  db: IDBPDatabase<ParallaxDbSchema>,
  tx: IDBPTransaction<ParallaxDbSchema, StoreNames<ParallaxDbSchema>[], 'versionchange'>,
) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: the coverage cache.
  (db) => {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('published', 'published');
    items.createIndex('fetchedAt', 'fetchedAt');
    items.createIndex('outletId', 'outletId');
    db.createObjectStore('feedStatus', { keyPath: 'url' });
    db.createObjectStore('refreshProgress');
  },
  // 2: the reader's own data: imported datasets, ratings, reading history, cached snapshots.
  (db) => {
    db.createObjectStore('datasets', { keyPath: 'name' });
    db.createObjectStore('overrides', { keyPath: 'id' });
    const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
    history.createIndex('visitedAt', 'visitedAt');
    history.createIndex('outletId', 'outletId');
    db.createObjectStore('snapshots', { keyPath: 'name' });
  },
  // 3: the items' revision, so a snapshot built from the items tells whether they changed since.
  // None is stored yet: a missing revision reads as 0, which no snapshot saved before has.
  (db) => {
    db.createObjectStore('revisions', { keyPath: 'name' });
  },
];

export const DB_VERSION = MIGRATIONS.length;
