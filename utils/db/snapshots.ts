/** One-record blobs (e.g. the story-matching index) saved for a fast cold start of the worker. */
import type { ParallaxDb, SnapshotRecord } from './schema';

export async function saveSnapshot<T>(
  db: ParallaxDb,
  name: string,
  data: T,
  savedAt: string,
  itemsRevision: number | null = null,
): Promise<void> {
  await db.put('snapshots', { name, savedAt, data, itemsRevision });
}

/** The snapshot, or undefined. Its data is as stored: callers validate it before trusting it. */
export async function getSnapshot<T = unknown>(
  db: ParallaxDb,
  name: string,
): Promise<SnapshotRecord<T> | undefined> {
  return (await db.get('snapshots', name)) as SnapshotRecord<T> | undefined;
}

export async function deleteSnapshot(db: ParallaxDb, name: string): Promise<void> {
  await db.delete('snapshots', name);
}
