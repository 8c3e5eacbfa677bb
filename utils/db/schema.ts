/**
 * What Parallax keeps in IndexedDB, store by store. Only `utils/db/` touches IndexedDB; the rest
 * of the project uses the typed functions of its modules.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { CoverageItem } from '../coverage/item';
import type { DropReason } from '../feeds/parse';
import type { BiasLabel, Dataset, Outlet } from '../sources/schema';

/** A coverage item as cached: `id` = `url` = the canonical URL, `source` = `outletId`. */
export type StoredItem = CoverageItem & {
  url: string;
  outletId: string;
  feedUrl: string;
  /** ISO 8601: when Parallax first saw it. */
  fetchedAt: string;
};

/** One feed's health, for the refresher's backoff and the options page. */
export interface FeedStatus {
  url: string;
  outletId: string;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: { at: string; message: string };
  /** Failures since the last success: drives the exponential backoff. */
  consecutiveFailures: number;
  /** Items the last successful fetch held, and what was dropped from it, by reason. */
  items?: number;
  dropped?: Partial<Record<DropReason, number>>;
  /** Bytes of the last full answer. */
  bytes?: number;
  etag?: string;
  lastModified?: string;
  /** ISO 8601: no fetch before this (backoff or the server's `Retry-After`). */
  nextFetchAfter?: string;
}

export interface FeedRef {
  url: string;
  outletId: string;
}

/** The refresh under way: what is left to fetch, so a refresh cut off by the worker's end resumes. */
export interface RefreshProgress {
  runId: string;
  startedAt: string;
  pending: FeedRef[];
}

/** An imported rating dataset. */
export interface DatasetRecord {
  name: string;
  importedAt: string;
  dataset: Dataset;
}

/** The reader's own rating of an outlet: any fields of Outlet, keyed by its id. */
export type OutletOverride = Partial<Outlet> & { id: string };

/** One article the reader read, for the reading-balance view. */
export interface Visit {
  url: string;
  outletId: string;
  bias: BiasLabel;
  title: string;
  /** ISO 8601. */
  visitedAt: string;
}

export type StoredVisit = Visit & { id: number };

/** A one-record blob, e.g. the story-matching index, for a fast cold start. */
export interface SnapshotRecord<T = unknown> {
  name: string;
  savedAt: string;
  data: T;
  /**
   * The items' revision (see items-revision.ts) the snapshot was built at, when it was built from
   * the stored items; null when that is not known (then it is rebuilt rather than trusted).
   */
  itemsRevision?: number | null;
}

/** A counter kept by name, e.g. the items' revision. */
export interface RevisionRecord {
  name: string;
  revision: number;
}

export interface ParallaxDbSchema extends DBSchema {
  items: {
    key: string;
    value: StoredItem;
    indexes: { published: string; fetchedAt: string; outletId: string };
  };
  feedStatus: { key: string; value: FeedStatus };
  refreshProgress: { key: string; value: RefreshProgress };
  datasets: { key: string; value: DatasetRecord };
  overrides: { key: string; value: OutletOverride };
  history: { key: number; value: StoredVisit; indexes: { visitedAt: string; outletId: string } };
  snapshots: { key: string; value: SnapshotRecord };
  revisions: { key: string; value: RevisionRecord };
}

export type ParallaxDb = IDBPDatabase<ParallaxDbSchema>;
