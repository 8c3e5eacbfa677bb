import { cleanField } from './clean-text';

// Captured at load: a page's scripts may replace built-ins before extraction runs.
const parseDate = Date.parse;
const DateConstructor = Date;

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A publication date as ISO 8601. Dates already in ISO 8601 are kept as written (so the page's
 * own time zone survives); other formats the JavaScript engine understands are converted to UTC;
 * anything else is null.
 */
export function toIsoDate(value: unknown): string | null {
  const text = cleanField(value, 64);
  if (text === null) return null;
  if (isoDate.test(text)) return text.replace(' ', 'T');
  const time = parseDate(text);
  return Number.isFinite(time) ? new DateConstructor(time).toISOString() : null;
}
