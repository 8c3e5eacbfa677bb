import { addVisit, listVisits, type ParallaxDb } from '../db';
import type { ReportState } from '../messages';

/** An article reopened within this long counts once: the popup asks again while coverage loads. */
const SAME_VISIT_MS = 24 * 60 * 60 * 1000;

/**
 * Records the article the reader opened Parallax on, for the reading-balance view. Only when the
 * reader opted in, only known outlets' articles, once a day per article, and only on this device.
 */
export async function recordVisit(
  db: ParallaxDb,
  state: ReportState,
  optedIn: boolean,
  now: Date,
): Promise<void> {
  if (!optedIn || state.kind !== 'ok') return;
  const recent = await listVisits(db, new Date(now.getTime() - SAME_VISIT_MS).toISOString());
  if (recent.some((visit) => visit.url === state.article.url)) return;
  await addVisit(db, {
    url: state.article.url,
    outletId: state.outlet.id,
    bias: state.outlet.bias.label,
    title: state.article.title ?? '',
    visitedAt: now.toISOString(),
  });
}
