import { addVisit, type ParallaxDb } from '../db';
import type { ReportState } from '../messages';

/**
 * Records the article the reader opened Parallax on, for the reading-balance view. Only when the
 * reader opted in, only known outlets' articles, and only on this device (IndexedDB).
 */
export async function recordVisit(
  db: ParallaxDb,
  state: ReportState,
  optedIn: boolean,
  now: Date,
): Promise<void> {
  if (!optedIn || state.kind !== 'ok') return;
  await addVisit(db, {
    url: state.article.url,
    outletId: state.outlet.id,
    bias: state.outlet.bias.label,
    title: state.article.title ?? '',
    visitedAt: now.toISOString(),
  });
}
