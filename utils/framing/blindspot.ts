/**
 * The blindspot rule (also in utils/framing/README.md):
 *
 * - Count rated outlets: distinct outlets on the left, center or right (wire copies once; mixed,
 *   unrated and unknown outlets do not count).
 * - Fewer than MIN_RATED_OUTLETS (6) rated outlets: `insufficient`, too little coverage to say.
 * - Otherwise a wing (left or right) is a blindspot when it holds at most BLINDSPOT_SHARE (10%) of
 *   the rated outlets while the other wing holds more. When both wings are that thin the story is
 *   covered by the center and there is no partisan blindspot: `ok`.
 */
import type { Blindspot, Share, Side } from './report';

export const MIN_RATED_OUTLETS = 6;
export const BLINDSPOT_SHARE = 0.1;

export function blindspotOf(bySide: Record<Side, Share>): Blindspot {
  const rated = bySide.left.total;
  if (rated < MIN_RATED_OUTLETS) {
    return {
      side: null,
      status: 'insufficient',
      reason: `Only ${rated} rated outlet${rated === 1 ? '' : 's'} covered this story; ${MIN_RATED_OUTLETS} are needed to judge.`,
    };
  }
  const thin = (side: 'left' | 'right') => bySide[side].share <= BLINDSPOT_SHARE;
  const candidates = (['left', 'right'] as const).filter(
    (side) => thin(side) && !thin(side === 'left' ? 'right' : 'left'),
  );
  const side = candidates[0];
  if (!side) {
    return { side: null, status: 'ok', reason: `Both sides covered this story (${rated} rated outlets).` };
  }
  const { count } = bySide[side];
  return {
    side,
    status: 'blindspot',
    reason: `${count} of ${rated} rated outlets ${count === 1 ? 'is' : 'are'} on the ${side}.`,
  };
}
