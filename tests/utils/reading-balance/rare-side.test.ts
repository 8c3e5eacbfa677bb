import { describe, expect, it } from 'vitest';
import { MIN_RATED_VISITS, rareSide, sideShares } from '../../../utils/reading-balance/rare-side';
import type { BiasLabel } from '../../../utils/sources/schema';

const many = (bias: BiasLabel, n: number) => Array.from({ length: n }, () => ({ bias }));

describe('the side the reader rarely sees', () => {
  it('counts lean-left with left and lean-right with right; mixed and unrated are not a side', () => {
    expect(
      sideShares([
        ...many('lean-left', 2),
        ...many('left', 1),
        ...many('mixed', 3),
        ...many('lean-right', 1),
      ]),
    ).toEqual({
      counts: { left: 3, center: 0, right: 1 },
      rated: 4,
    });
  });

  it('names the side under 15% of rated reading', () => {
    expect(rareSide([...many('left', 10), ...many('center', 8), ...many('right', 2)])).toEqual({
      side: 'right',
      share: 0.1,
      rated: 20,
    });
  });

  it('claims nothing when every side is read, or too little is recorded', () => {
    expect(rareSide([...many('left', 5), ...many('center', 5), ...many('right', 5)])).toBeNull();
    expect(rareSide(many('left', MIN_RATED_VISITS - 1))).toBeNull();
    expect(rareSide([...many('left', MIN_RATED_VISITS), ...many('unrated', 50)])).toMatchObject({ share: 0 });
  });
});
