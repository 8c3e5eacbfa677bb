/**
 * The background wiring of the coverage cache: a `browser.alarms` schedule (every 30 minutes by
 * default, as the settings say), a refresh on first start, and the resumption of a refresh the
 * previous worker did not finish. The refreshing itself is utils/feeds/refresh.ts.
 *
 * Call `registerCoverageRefresher` synchronously in the background's `main()`: the alarm
 * listener must be in place before the first await, or an MV3 worker woken by the alarm misses it.
 */
import { browser } from 'wxt/browser';
import { openParallaxDb } from '../db/open';
import { getRefreshProgress } from '../db/refresh-progress';
import type { FeedRef, ParallaxDb } from '../db/schema';
import { type ItemsChangedListener, type RefreshSummary, refreshFeeds } from '../feeds/refresh';

export const COVERAGE_ALARM = 'parallax-coverage-refresh';
export const DEFAULT_REFRESH_MINUTES = 30;
/** Chrome's shortest alarm period. */
const MIN_REFRESH_MINUTES = 0.5;

export interface CoverageSettings {
  intervalMinutes: number;
  retentionDays: number;
  maxItems: number;
}

export interface CoverageRefresherDeps {
  feeds: () => Promise<FeedRef[]>;
  settings: () => Promise<CoverageSettings>;
  onItemsChanged?: ItemsChangedListener;
  /** The worker's database connection, to share it; by default the refresher opens its own. */
  db?: () => Promise<ParallaxDb>;
}

export interface CoverageRefresher {
  /** Refreshes now (or joins the refresh under way). */
  refreshNow(): Promise<RefreshSummary>;
  /** Re-reads the interval from the settings and reschedules the alarm: call it when they change. */
  reschedule(): Promise<void>;
}

function periodOf(settings: CoverageSettings): number {
  const minutes = Number.isFinite(settings.intervalMinutes)
    ? settings.intervalMinutes
    : DEFAULT_REFRESH_MINUTES;
  return Math.max(MIN_REFRESH_MINUTES, minutes);
}

export function registerCoverageRefresher(deps: CoverageRefresherDeps): CoverageRefresher {
  let database: Promise<ParallaxDb> | undefined;
  const db = () => {
    database ??= deps.db ? deps.db() : openParallaxDb();
    return database;
  };

  const refreshNow = async (): Promise<RefreshSummary> => {
    const [feeds, settings, connection] = await Promise.all([deps.feeds(), deps.settings(), db()]);
    return refreshFeeds(feeds, {
      db: connection,
      // Bound: a service worker's fetch called unbound throws "Illegal invocation".
      fetch: globalThis.fetch.bind(globalThis),
      retentionDays: settings.retentionDays,
      maxItems: settings.maxItems,
      onItemsChanged: deps.onItemsChanged,
    });
  };

  const refreshInBackground = () =>
    refreshNow().catch((error: unknown) => console.warn('Parallax: coverage refresh failed', error));

  const reschedule = async (): Promise<void> => {
    const period = periodOf(await deps.settings());
    const alarm = await browser.alarms.get(COVERAGE_ALARM);
    if (alarm?.periodInMinutes !== period) {
      await browser.alarms.create(COVERAGE_ALARM, { delayInMinutes: period, periodInMinutes: period });
    }
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === COVERAGE_ALARM) void refreshInBackground();
  });

  const start = async () => {
    // No alarm yet means a first start (or one the browser lost): fill the cache now.
    const firstStart = !(await browser.alarms.get(COVERAGE_ALARM));
    await reschedule();
    const unfinished = await getRefreshProgress(await db());
    if (firstStart || unfinished) await refreshInBackground();
  };
  void start().catch((error: unknown) => console.warn('Parallax: coverage refresher did not start', error));

  return { refreshNow, reschedule };
}
