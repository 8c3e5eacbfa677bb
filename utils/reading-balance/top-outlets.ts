/** The outlets the reader read most, most read first (ties by the latest visit). */

import type { Visit } from '../db/schema';
import type { BiasLabel } from '../sources/schema';

export interface OutletCount {
  outletId: string;
  visits: number;
  /** The lean recorded at the latest visit (a rating may have changed since the first). */
  bias: BiasLabel;
  lastVisit: string;
}

export function topOutlets(visits: readonly Visit[], limit: number): OutletCount[] {
  const counts = new Map<string, OutletCount>();
  for (const visit of visits) {
    const current = counts.get(visit.outletId);
    if (!current) {
      counts.set(visit.outletId, {
        outletId: visit.outletId,
        visits: 1,
        bias: visit.bias,
        lastVisit: visit.visitedAt,
      });
      continue;
    }
    current.visits++;
    if (visit.visitedAt > current.lastVisit) {
      current.lastVisit = visit.visitedAt;
      current.bias = visit.bias;
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.visits - a.visits || b.lastVisit.localeCompare(a.lastVisit))
    .slice(0, limit);
}
