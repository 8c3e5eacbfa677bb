/**
 * Reading a date in `toISOString`'s own form ("2026-03-10T12:00:00.000Z", as the feeds store dates)
 * by its digits: `Date.parse` and writing the time back to check it took 7% of indexing's time.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_MINUTE = 60_000;

/**
 * The time (ms) of `published` when `toISOString` writes that time back exactly as `published`;
 * NaN otherwise (another form, an offset, a day no calendar has, "24:00").
 */
export function isoTime(published: string | undefined): number {
  // toISOString's form has 24 characters for years 0…9999: YYYY-MM-DDTHH:mm:ss.sssZ.
  if (published === undefined || published.length !== 24) return Number.NaN;
  if (
    published.charCodeAt(4) !== 45 || // -
    published.charCodeAt(7) !== 45 ||
    published.charCodeAt(10) !== 84 || // T
    published.charCodeAt(13) !== 58 || // :
    published.charCodeAt(16) !== 58 ||
    published.charCodeAt(19) !== 46 || // .
    published.charCodeAt(23) !== 90 // Z
  )
    return Number.NaN;
  const year = digits(published, 0, 4);
  const month = digits(published, 5, 2);
  const day = digits(published, 8, 2);
  const hour = digits(published, 11, 2);
  const minute = digits(published, 14, 2);
  const second = digits(published, 17, 2);
  const ms = digits(published, 20, 3);
  // Each is -1 when not all digits.
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0)
    return Number.NaN;
  return (daysSinceEpoch(year, month, day) * 1440 + hour * 60 + minute) * MS_PER_MINUTE + second * 1000 + ms;
}

/** The number written by the `count` ASCII digits at `start`, or -1 if one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar, as Date counts them (Howard
 * Hinnant's days_from_civil: years start in March, so the leap day ends one).
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
