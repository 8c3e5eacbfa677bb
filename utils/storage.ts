/**
 * Parallax's storage items, declared once. Everything else reads and writes through these.
 * Stored data is untrusted (another version, a sync bug, a hand edit): every read is validated,
 * field by field, so one bad field falls back to its default without losing the others.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** How often the feeds are fetched. */
  refreshIntervalMinutes: number;
  /** How long coverage items are kept. */
  retentionDays: number;
  /** The most coverage items kept; the oldest go first. */
  maxItems: number;
  /** Show the outlet's lean on the toolbar badge. */
  badge: boolean;
  /** Opt-in: also ask GDELT for coverage (sends the story's keywords, never the page's URL). */
  widerSearch: boolean;
  /** Opt-in: record the lean of what the reader opens Parallax on, on this device only. */
  readingBalance: boolean;
  /** The reader has seen the first-run explanation. */
  firstRunDone: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  refreshIntervalMinutes: 30,
  retentionDays: 7,
  maxItems: 50_000,
  badge: true,
  widerSearch: false,
  readingBalance: false,
  firstRunDone: false,
});

/** Allowed ranges of the numeric settings: the options page shows them, reads clamp to them. */
export const SETTING_RANGES = {
  refreshIntervalMinutes: { min: 5, max: 1440 },
  retentionDays: { min: 1, max: 365 },
  maxItems: { min: 1_000, max: 200_000 },
} as const;

type NumericSetting = keyof typeof SETTING_RANGES;
type BooleanSetting = Exclude<keyof Settings, NumericSetting>;

const NUMERIC: NumericSetting[] = ['refreshIntervalMinutes', 'retentionDays', 'maxItems'];
const BOOLEAN: BooleanSetting[] = ['badge', 'widerSearch', 'readingBalance', 'firstRunDone'];

/** Turns anything read from storage into valid settings: bad or missing fields take their default. */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of NUMERIC) {
    const value = source[key];
    const { min, max } = SETTING_RANGES[key];
    if (typeof value === 'number' && Number.isFinite(value))
      settings[key] = Math.min(max, Math.max(min, Math.round(value)));
  }
  for (const key of BOOLEAN) {
    const value = source[key];
    if (typeof value === 'boolean') settings[key] = value;
  }
  return settings;
}

/** The raw item; prefer `getSettings`/`updateSettings`/`watchSettings`, which validate. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Changes some settings, keeping the others; returns what is now stored. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with validated settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

/**
 * Bumped by the options page whenever the reader's ratings or imported datasets change (IndexedDB
 * has no change events across pages): the background reloads its outlets and relabels the tabs.
 */
export const sourcesRevisionItem = storage.defineItem<number>('local:sourcesRevision', { fallback: 0 });

/** A feed the reader added from the options page, with the outlet its items are credited to. */
export interface ReaderFeed {
  url: string;
  outletId: string;
  /** ISO 8601. */
  addedAt: string;
}

/** The reader's changes to the list of feeds: feeds they added, and feeds they turned off. */
export interface FeedPrefs {
  added: ReaderFeed[];
  /** URLs of feeds (a dataset's or their own) the refresher skips. */
  disabled: string[];
}

const HTTP_URL = /^https?:\/\//i;
const OUTLET_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Turns anything read from storage into valid feed preferences: bad entries are dropped. */
export function parseFeedPrefs(raw: unknown): FeedPrefs {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const added = (Array.isArray(source.added) ? source.added : []).filter(
    (entry): entry is ReaderFeed =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.url === 'string' &&
      HTTP_URL.test(entry.url) &&
      typeof entry.outletId === 'string' &&
      OUTLET_ID.test(entry.outletId) &&
      typeof entry.addedAt === 'string',
  );
  const disabled = (Array.isArray(source.disabled) ? source.disabled : []).filter(
    (url): url is string => typeof url === 'string' && HTTP_URL.test(url),
  );
  return {
    added: added.map(({ url, outletId, addedAt }) => ({ url, outletId, addedAt })),
    disabled: [...new Set(disabled)],
  };
}

/** The raw item; prefer `getFeedPrefs`/`updateFeedPrefs`, which validate. */
const NO_FEED_PREFS: FeedPrefs = Object.freeze({ added: [], disabled: [] });

export const feedPrefsItem = storage.defineItem<FeedPrefs>('local:feedPrefs', { fallback: NO_FEED_PREFS });

export async function getFeedPrefs(): Promise<FeedPrefs> {
  return parseFeedPrefs(await feedPrefsItem.getValue());
}

/** Changes the feed preferences from their current value; returns what is now stored. */
export async function updateFeedPrefs(change: (prefs: FeedPrefs) => FeedPrefs): Promise<FeedPrefs> {
  const next = parseFeedPrefs(change(await getFeedPrefs()));
  await feedPrefsItem.setValue(next);
  return next;
}
