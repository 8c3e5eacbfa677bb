/**
 * When a failing feed may be fetched again: exponential backoff from the number of failures in
 * a row, or later when the server said so with `Retry-After`.
 */

const MINUTE = 60_000;
export const BACKOFF = {
  /** Wait after the first failure; doubles with each failure after it. */
  baseMs: 15 * MINUTE,
  maxMs: 24 * 60 * MINUTE,
  /** A server cannot park a feed for longer than this with Retry-After. */
  maxRetryAfterMs: 7 * 24 * 60 * MINUTE,
} as const;

/** Milliseconds from a `Retry-After` value (delay in seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, BACKOFF.maxRetryAfterMs) : undefined;
}

/** The earliest time (epoch ms) of the next fetch after `failures` failures in a row. */
export function nextFetchAfter(failures: number, now: number, retryAfterMs?: number): number {
  const backoff = Math.min(BACKOFF.baseMs * 2 ** Math.max(0, failures - 1), BACKOFF.maxMs);
  return now + Math.max(backoff, retryAfterMs ?? 0);
}
