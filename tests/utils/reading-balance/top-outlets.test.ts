import { describe, expect, it } from 'vitest';
import { topOutlets } from '../../../utils/reading-balance/top-outlets';

const visit = (outletId: string, visitedAt: string, bias: 'left' | 'center' | 'right' = 'center') => ({
  url: `https://${outletId}.example/${visitedAt}`,
  outletId,
  bias,
  title: 'T',
  visitedAt,
});

describe('top outlets', () => {
  it('ranks by visits, then by the latest visit, with the latest lean', () => {
    const top = topOutlets(
      [
        visit('a', '2026-03-01T00:00:00Z', 'left'),
        visit('a', '2026-03-03T00:00:00Z', 'center'),
        visit('b', '2026-03-02T00:00:00Z'),
        visit('c', '2026-03-04T00:00:00Z', 'right'),
        visit('a', '2026-03-02T00:00:00Z', 'right'),
      ],
      2,
    );
    expect(top).toEqual([
      { outletId: 'a', visits: 3, bias: 'center', lastVisit: '2026-03-03T00:00:00Z' },
      { outletId: 'c', visits: 1, bias: 'right', lastVisit: '2026-03-04T00:00:00Z' },
    ]);
  });
});
