/**
 * Feed dates to ISO 8601 (UTC), or undefined when no trustworthy date can be read. Feeds use
 * RFC 822 (RSS), ISO 8601 / RFC 3339 (Atom, JSON Feed, Dublin Core) and many broken variants:
 * named time zones, missing or wrong weekdays, two-digit years, `Sept`, `+0000 GMT`, no seconds,
 * a space instead of `T`. Dates outside 1990–2100 are treated as broken rather than trusted.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Portuguese, Spanish, German and French abbreviations seen in RFC 822 dates of non-English feeds.
const LOCAL_MONTHS: Record<string, number> = {
  ene: 0,
  fev: 1,
  mär: 2,
  mrz: 2,
  avr: 3,
  abr: 3,
  mai: 4,
  jui: 5,
  ago: 7,
  set: 8,
  out: 9,
  okt: 9,
  dez: 11,
  dic: 11,
  déc: 11,
};

// RFC 822 zones plus the ones feeds actually send. Offsets in minutes east of UTC.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  ist: 330,
  jst: 540,
  aest: 600,
  aedt: 660,
};

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function toIso(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? new Date(ms).toISOString() : undefined;
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0; // RFC 822 requires a zone; feeds that omit it nearly always mean UTC.
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()];
}

// [weekday,] day month year hour:minute[:second] [zone] — weekday ignored (often wrong).
const RFC822 =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})[\s-]+(\p{L}{3,9})\.?[\s-]+(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?(?:\s+[A-Za-z]{1,5})?$/u;

function parseRfc822(text: string): string | undefined {
  const match = RFC822.exec(text);
  if (!match) return undefined;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const abbreviation = monthName!.slice(0, 3).toLowerCase();
  const month = MONTHS.includes(abbreviation) ? MONTHS.indexOf(abbreviation) : LOCAL_MONTHS[abbreviation];
  if (month === undefined) return undefined;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 70 ? 2000 : 1900;
  else if (yearText!.length !== 4) return undefined;
  const offset = zoneOffsetMinutes(zone);
  if (offset === undefined) return undefined;
  const fields = [Number(day), Number(hour), Number(minute), Number(second ?? 0)];
  if (fields[0]! < 1 || fields[0]! > 31 || fields[1]! > 23 || fields[2]! > 59 || fields[3]! > 60)
    return undefined;
  const utc = Date.UTC(year, month, fields[0], fields[1], fields[2], fields[3]);
  if (new Date(utc).getUTCDate() !== fields[0]) return undefined; // 31 February
  return toIso(utc - offset * 60_000);
}

// YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][zone]; also the compact 20240102T030405Z form GDELT uses.
const ISO8601 =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?)?$/i;

function parseIso8601(text: string): string | undefined {
  const match = ISO8601.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  const fields = [Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0)];
  if (fields[0]! < 1 || fields[0]! > 12 || fields[1]! < 1 || fields[1]! > 31) return undefined;
  if (fields[2]! > 23 || fields[3]! > 59 || fields[4]! > 60) return undefined;
  const offset = zoneOffsetMinutes(zone && /^[+-]\d{2}$/.test(zone) ? `${zone}00` : zone);
  if (offset === undefined) return undefined;
  const utc = Date.UTC(Number(year), fields[0]! - 1, fields[1], fields[2], fields[3], fields[4]);
  if (new Date(utc).getUTCDate() !== fields[1]) return undefined; // 31 February
  return toIso(utc - offset * 60_000);
}

export function toIsoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 64) return undefined;
  return parseIso8601(text) ?? parseRfc822(text);
}
