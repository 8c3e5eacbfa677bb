/**
 * The lean of what the reader read, week by week: visits counted per side (left, center, right)
 * and `other` (mixed or unrated outlets), over the last N weeks, empty weeks included so the chart
 * shows gaps as gaps. Weeks start on Monday, in UTC, so the same data gives the same chart anywhere.
 */
import type { Visit } from '../db/schema';
import { sideOf } from '../sources/summary';

export interface WeekCounts {
  /** The Monday the week starts on, `YYYY-MM-DD`. */
  week: string;
  left: number;
  center: number;
  right: number;
  other: number;
}

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the week `date` falls in, `YYYY-MM-DD`. */
export function weekOf(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

export function weeklyLean(
  visits: readonly Pick<Visit, 'bias' | 'visitedAt'>[],
  now: Date,
  weeks: number,
): WeekCounts[] {
  const last = Date.parse(weekOf(now));
  const rows: WeekCounts[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const week = new Date(last - i * 7 * DAY_MS).toISOString().slice(0, 10);
    rows.push({ week, left: 0, center: 0, right: 0, other: 0 });
  }
  const byWeek = new Map(rows.map((row) => [row.week, row]));
  for (const visit of visits) {
    const at = new Date(visit.visitedAt);
    if (Number.isNaN(at.getTime())) continue;
    const row = byWeek.get(weekOf(at));
    if (row) row[sideOf(visit.bias) ?? 'other']++;
  }
  return rows;
}
