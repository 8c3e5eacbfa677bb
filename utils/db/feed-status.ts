import type { FeedStatus, ParallaxDb } from './schema';

export function getFeedStatus(db: ParallaxDb, url: string): Promise<FeedStatus | undefined> {
  return db.get('feedStatus', url);
}

/** Every feed's status, for the options page. */
export function listFeedStatus(db: ParallaxDb): Promise<FeedStatus[]> {
  return db.getAll('feedStatus');
}
