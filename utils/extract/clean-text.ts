import { MAX_FIELD_CHARS } from './limits';

// Captured at load: a page's scripts may replace built-ins before extraction runs.
const fromCodePoint = String.fromCodePoint;

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Decodes the character references left in a value that was HTML-escaped twice, or escaped
 * inside JSON-LD (where the HTML parser never decodes them): `Tom &amp; Jerry` -> `Tom & Jerry`.
 */
export function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi, (whole, dec, hex, name) => {
    if (name !== undefined) return namedEntities[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    // As the HTML parser does: a reference to no valid character becomes U+FFFD.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? fromCodePoint(code) : '\ufffd';
  });
}

/** Collapses runs of whitespace (including no-break spaces and newlines) into one space. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * A short metadata field (title, byline, excerpt…) as shown to the reader: a non-empty string,
 * entities decoded, whitespace collapsed, at most `maxChars` long; anything else is null.
 */
export function cleanField(value: unknown, maxChars = MAX_FIELD_CHARS): string | null {
  if (typeof value !== 'string') return null;
  // Cut before the regexes too, so a multi-megabyte attribute costs nothing.
  const cleaned = collapseWhitespace(decodeEntities(value.slice(0, maxChars * 2))).slice(0, maxChars);
  return cleaned === '' ? null : cleaned;
}
