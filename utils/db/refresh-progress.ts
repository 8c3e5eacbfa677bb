/** The one refresh under way, kept so a refresh cut off by the worker's end can resume. */
import type { ParallaxDb, RefreshProgress } from './schema';

const KEY = 'current';

export function getRefreshProgress(db: ParallaxDb): Promise<RefreshProgress | undefined> {
  return db.get('refreshProgress', KEY);
}

export async function startRefreshProgress(db: ParallaxDb, progress: RefreshProgress): Promise<void> {
  await db.put('refreshProgress', progress, KEY);
}

export async function clearRefreshProgress(db: ParallaxDb): Promise<void> {
  await db.delete('refreshProgress', KEY);
}

export const REFRESH_PROGRESS_KEY = KEY;
