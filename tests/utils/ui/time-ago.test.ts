import { describe, expect, it } from 'vitest';
import { timeAgoParts } from '../../../utils/ui/time-ago';

const now = new Date('2026-01-02T12:00:00Z');

describe('timeAgoParts', () => {
  it.each([
    ['2026-01-02T11:59:30Z', { key: 'time_just_now' }],
    ['2026-01-02T12:05:00Z', { key: 'time_just_now' }],
    ['2026-01-02T11:15:00Z', { key: 'time_minutes', n: 45 }],
    ['2026-01-02T09:00:00Z', { key: 'time_hours', n: 3 }],
    ['2026-01-01T00:00:00Z', { key: 'time_hours', n: 36 }],
    ['2025-12-28T12:00:00Z', { key: 'time_days', n: 5 }],
    ['not a date', { key: 'time_unknown' }],
    [null, { key: 'time_unknown' }],
  ])('%s → %j', (iso, expected) => {
    expect(timeAgoParts(iso, now)).toEqual(expected);
  });
});
