import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../utils/matching/iso-time';

/** What isoTime stands for: the parsed time when toISOString writes it back as it was. */
function reference(published: string): number {
  const time = Date.parse(published);
  return Number.isFinite(time) && new Date(time).toISOString() === published ? time : Number.NaN;
}

describe('isoTime', () => {
  it('reads every date toISOString writes, from year 0 to 9999, as Date.parse does', () => {
    // Date.UTC reads years 0…99 as 1900…1999: year 0 set apart.
    const first = new Date(0).setUTCFullYear(0, 0, 1);
    const last = Date.UTC(9999, 11, 31, 23, 59, 59, 0);
    for (let i = 0; i <= 20_000; i++) {
      // Spread over the whole range, off the round hours and days.
      const time = first + Math.floor(((last - first) * i) / 20_000) + (i % 1000);
      const written = new Date(time).toISOString();
      expect(isoTime(written)).toBe(time);
    }
  });

  it('reads leap days and the last millisecond of months and years', () => {
    for (const written of [
      '2024-02-29T00:00:00.000Z',
      '2000-02-29T23:59:59.999Z',
      '1600-02-29T12:00:00.000Z',
      '0000-02-29T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2026-04-30T23:59:59.999Z',
      '9999-12-31T23:59:59.999Z',
    ])
      expect(isoTime(written)).toBe(reference(written));
  });

  it('refuses what toISOString would not write back as it was', () => {
    for (const written of [
      '2023-02-29T00:00:00.000Z', // no leap day that year
      '1900-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-03-00T00:00:00.000Z',
      '2026-03-10T24:00:00.000Z',
      '2026-03-10T12:60:00.000Z',
      '2026-03-10T12:00:60.000Z',
      '2026-03-10 12:00:00.000Z',
      '2026-03-10T12:00:00,000Z',
      '2026-03-10T12:00:00.000z',
      '2026-03-10T12:00:0a.000Z',
      '+02026-03-10T12:00:00.00Z',
      '2026-03-10T12:00:00Z',
      '2026-03-10T12:00:00+01:00',
      '',
    ]) {
      expect(Number.isNaN(reference(written)), written).toBe(true);
      expect(isoTime(written), written).toBeNaN();
    }
    expect(isoTime(undefined)).toBeNaN();
  });
});
