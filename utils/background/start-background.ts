import { browser } from 'wxt/browser';
import { getRefreshProgress, openParallaxDb } from '../db';
import { analyzeStory } from '../framing/analyze-story';
import type { ContentMessage, OutletCard, RefreshResponse } from '../messages';
import { getFeedPrefs, getSettings, sourcesRevisionItem, updateFeedPrefs, watchSettings } from '../storage';
import { labelKey, t } from '../ui/i18n';
import { registerCoverageRefresher } from './coverage-refresh';
import { loadLayeredOutlets } from './layered-outlets';
import { createMessageRouter } from './message-router';
import { feedsToRefresh } from './options-feeds';
import { createOptionsHandler } from './options-handler';
import { createOutletDirectory, type OutletDirectory } from './outlet-directory';
import { recordVisit } from './reading-history';
import { refreshWithCurrentFeeds } from './refresh-now';
import { sharedWhileRunning } from './shared-while-running';
import { StoryCoverage } from './story-coverage';
import { createIndexUpdater, restoreStoryIndex } from './story-index-store';
import { TabBadges } from './tab-badges';
import { buildTabReport } from './tab-report';
import { createWiderSearch } from './wider-search';

/** How long the popup waits for a page's extraction before saying it failed. */
const EXTRACTION_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function badgeTitle(outlet: OutletCard | null): string {
  if (!outlet) return t('actionTitle');
  return t('badgeTitle', outlet.name, t(labelKey('lean', outlet.bias.label)));
}

/**
 * The background worker. Every listener is registered synchronously here, before any await, so
 * an MV3 worker woken by an event finds its listener in place; the database and the story index
 * load behind promises the handlers wait on.
 */
export function startBackground(): void {
  const db = openParallaxDb();

  let directory: Promise<OutletDirectory> | null = null;
  const outletDirectory = () => {
    directory ??= db.then(loadLayeredOutlets).then(createOutletDirectory);
    return directory;
  };

  // Built now rather than on first use: nearly every event the worker wakes for needs it.
  void outletDirectory();

  const coverage = new StoryCoverage(analyzeStory);
  const indexReady = db.then((opened) => restoreStoryIndex(opened, coverage));
  const updateIndex = createIndexUpdater(db, coverage);
  // Opt-in: the setting is read on every ask, so turning it off stops the requests at once.
  const wider = createWiderSearch({
    fetch: globalThis.fetch.bind(globalThis),
    enabled: async () => (await getSettings()).widerSearch,
  });

  const refresher = registerCoverageRefresher({
    // The worker's connection: a second one would cost another open on every start.
    db: () => db,
    // The layered datasets' feeds and the reader's own, less those the reader turned off.
    feeds: async () => feedsToRefresh((await outletDirectory()).outlets(), await getFeedPrefs()),
    settings: async () => {
      const settings = await getSettings();
      return {
        intervalMinutes: settings.refreshIntervalMinutes,
        retentionDays: settings.retentionDays,
        maxItems: settings.maxItems,
      };
    },
    onItemsChanged: (added, removed, revisions) => {
      // The index must be restored before changes apply on top of it.
      void indexReady.then(() => {
        updateIndex({ added, removed, revisions });
        coverage.refreshed(new Date().toISOString());
      });
    },
  });

  const badges = new TabBadges({
    action: browser.action,
    findOutlet: async (clue) => (await outletDirectory()).find(clue),
    badgeEnabled: async () => (await getSettings()).badge,
    titleFor: badgeTitle,
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A URL change covers links, history steps and bfcache restores; `complete` re-applies the
    // badge where a browser resets per-tab badges on navigation (Firefox).
    if ((change.url || change.status === 'complete') && tab.url) void badges.navigated(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    // A tab opened before the worker (re)started has no badge state yet.
    if (badges.knows(tabId)) return;
    void browser.tabs.get(tabId).then((tab) => (tab.url ? badges.navigated(tabId, tab.url) : undefined));
  });
  browser.tabs.onReplaced.addListener((addedTabId, removedTabId) => {
    // A prerendered page or a restored tab takes the place of another: it has its own id.
    void browser.tabs.get(addedTabId).then((tab) => badges.replaced(addedTabId, removedTabId, tab.url));
  });
  browser.tabs.onRemoved.addListener((tabId) => badges.closed(tabId));
  watchSettings(() => {
    void badges.refreshAll();
    void refresher.reschedule();
  });
  sourcesRevisionItem.watch(() => {
    directory = null;
    void badges.refreshAll();
  });

  const extract: ContentMessage = { type: 'page:extract', payload: {} };
  // The popup asks for the outlet and the full report at once: one extraction serves both.
  const requestExtraction = sharedWhileRunning((tabId: number) =>
    withTimeout(browser.tabs.sendMessage(tabId, extract, { frameId: 0 }), EXTRACTION_TIMEOUT_MS),
  );
  const report = async (tabId: number, { outletOnly = false } = {}) => {
    const state = await buildTabReport(
      tabId,
      {
        tabUrl: (id) =>
          browser.tabs.get(id).then(
            (tab) => tab.url ?? null,
            () => null,
          ),
        requestExtraction,
        directory: outletDirectory,
        coverage: async (article, outlet, dir) => {
          await indexReady;
          const local = coverage.coverageFor(article, outlet, dir);
          return wider.widen(article, local, dir, (extra) =>
            coverage.coverageFor(article, outlet, dir, extra),
          );
        },
      },
      { outletOnly },
    );
    // The full report, asked alongside, records the visit.
    if (outletOnly) return state;
    const settings = await getSettings();
    await recordVisit(await db, state, settings.readingBalance, new Date()).catch(() => undefined);
    return state;
  };

  browser.runtime.onMessage.addListener(
    createMessageRouter(
      {
        report,
        refresh: async (): Promise<RefreshResponse> => {
          const response = await refreshWithCurrentFeeds(refresher.refreshNow, async () =>
            Boolean(await getRefreshProgress(await db)),
          );
          await indexReady;
          coverage.refreshed(new Date().toISOString());
          return response;
        },
        hints: (tabId, hints) => badges.hinted(tabId, hints),
        options: createOptionsHandler({
          db: () => db,
          ratingsChanged: async () => {
            // Dropped here at once, so the popup's next report uses the new ratings; the revision
            // tells every other context (and relabels the badges through the watcher above).
            directory = null;
            await sourcesRevisionItem.setValue((await sourcesRevisionItem.getValue()) + 1);
          },
          coverageCleared: (removed, revision) =>
            void indexReady.then(() => updateIndex({ added: [], removed, revisions: [revision] })),
          feedPrefs: getFeedPrefs,
          updateFeedPrefs,
          fetch: globalThis.fetch.bind(globalThis),
          estimate: () => navigator.storage.estimate(),
        }),
      },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    ),
  );
}
