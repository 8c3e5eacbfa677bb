import { expect, it } from 'vitest';
import { toIsoDate } from '../../../utils/extract/iso-date';

it('keeps ISO 8601 dates as written, so the page time zone survives', () => {
  expect(toIsoDate('2024-03-04T08:15:00+01:00')).toBe('2024-03-04T08:15:00+01:00');
  expect(toIsoDate('2024-03-04')).toBe('2024-03-04');
  expect(toIsoDate(' 2024-03-04 08:15 ')).toBe('2024-03-04T08:15');
});

it('converts other dates the engine understands to UTC ISO 8601', () => {
  expect(toIsoDate('Mon, 04 Mar 2024 08:15:00 GMT')).toBe('2024-03-04T08:15:00.000Z');
});

it('returns null for what is not a date', () => {
  expect(toIsoDate('yesterday')).toBeNull();
  expect(toIsoDate('')).toBeNull();
  expect(toIsoDate(20240304)).toBeNull();
  expect(toIsoDate(null)).toBeNull();
});
