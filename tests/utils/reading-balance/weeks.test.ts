import { describe, expect, it } from 'vitest';
import { weeklyLean, weekOf } from '../../../utils/reading-balance/weeks';

const visit = (
  visitedAt: string,
  bias: 'left' | 'lean-left' | 'center' | 'lean-right' | 'right' | 'mixed' | 'unrated',
) => ({
  visitedAt,
  bias,
});

describe('weekly lean', () => {
  it('starts weeks on Monday, UTC', () => {
    expect(weekOf(new Date('2026-03-04T12:00:00Z'))).toBe('2026-03-02'); // a Wednesday
    expect(weekOf(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02'); // Monday itself
    expect(weekOf(new Date('2026-03-08T23:59:59Z'))).toBe('2026-03-02'); // Sunday
    expect(weekOf(new Date('2026-01-01T10:00:00Z'))).toBe('2025-12-29'); // across a year
  });

  it('counts each week’s visits by side, keeps empty weeks, and drops what is outside the window', () => {
    const weeks = weeklyLean(
      [
        visit('2026-03-04T08:00:00Z', 'left'),
        visit('2026-03-05T08:00:00Z', 'lean-left'),
        visit('2026-03-05T09:00:00Z', 'right'),
        visit('2026-03-06T09:00:00Z', 'mixed'),
        visit('2026-02-17T09:00:00Z', 'center'),
        visit('2025-01-01T09:00:00Z', 'right'),
        visit('not a date', 'left'),
      ],
      new Date('2026-03-06T12:00:00Z'),
      4,
    );
    expect(weeks).toEqual([
      { week: '2026-02-09', left: 0, center: 0, right: 0, other: 0 },
      { week: '2026-02-16', left: 0, center: 1, right: 0, other: 0 },
      { week: '2026-02-23', left: 0, center: 0, right: 0, other: 0 },
      { week: '2026-03-02', left: 2, center: 0, right: 1, other: 1 },
    ]);
  });
});
