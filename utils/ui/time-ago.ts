import { type MessageKey, t } from './i18n';

/** How long ago an ISO date was, as the popup's article lists say it ("3 h ago"). */
export function timeAgoParts(iso: string | null, now: Date): { key: MessageKey; n?: number } {
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(time)) return { key: 'time_unknown' };
  const minutes = Math.floor((now.getTime() - time) / 60_000);
  // A date slightly in the future is a clock difference, not an error.
  if (minutes < 1) return { key: 'time_just_now' };
  if (minutes < 60) return { key: 'time_minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: 'time_hours', n: hours };
  return { key: 'time_days', n: Math.floor(hours / 24) };
}

export function timeAgo(iso: string | null, now: Date = new Date()): string {
  const { key, n } = timeAgoParts(iso, now);
  return n === undefined ? t(key) : t(key, n);
}

/** A date as the reader's locale writes it, or null when it does not parse. */
export function formatDate(iso: string | null, locale?: string): string | null {
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(time)) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
