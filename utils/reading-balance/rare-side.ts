/**
 * The side the reader rarely sees: among visits to outlets with a lean, the side with the smallest
 * share, when that share is small. Too few rated visits say nothing, so nothing is claimed then.
 */

import type { Visit } from '../db/schema';
import type { Side } from '../framing/report';
import { sideOf } from '../sources/summary';

/** Below this many visits with a lean, no side is called rare. */
export const MIN_RATED_VISITS = 10;
/** A side read less than this share of the time is rare. */
export const RARE_SHARE = 0.15;

export interface SideShares {
  counts: Record<Side, number>;
  /** Visits to outlets with a lean (left, center or right). */
  rated: number;
}

export function sideShares(visits: readonly Pick<Visit, 'bias'>[]): SideShares {
  const counts: Record<Side, number> = { left: 0, center: 0, right: 0 };
  for (const visit of visits) {
    const side = sideOf(visit.bias);
    if (side) counts[side]++;
  }
  return { counts, rated: counts.left + counts.center + counts.right };
}

export interface RareSide {
  side: Side;
  /** Its share of the rated visits, 0 to 1. */
  share: number;
  rated: number;
}

export function rareSide(visits: readonly Pick<Visit, 'bias'>[]): RareSide | null {
  const { counts, rated } = sideShares(visits);
  if (rated < MIN_RATED_VISITS) return null;
  const sides: Side[] = ['left', 'center', 'right'];
  const [side] = sides.sort((a, b) => counts[a] - counts[b]);
  if (!side) return null;
  const share = counts[side] / rated;
  return share < RARE_SHARE ? { side, share, rated } : null;
}
