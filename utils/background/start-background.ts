import { browser } from 'wxt/browser';
import type { ContentMessage, OutletCard, RefreshResponse } from '../messages';
import { getSettings, watchSettings } from '../storage';
import { labelKey, t } from '../ui/i18n';
import { loadLayeredOutlets } from './layered-outlets';
import { createMessageRouter } from './message-router';
import { createOutletDirectory, type OutletDirectory } from './outlet-directory';
import { StoryCoverage } from './story-coverage';
import { TabBadges } from './tab-badges';
import { buildTabReport } from './tab-report';

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
 * an MV3 worker woken by an event finds its listener in place.
 */
export function startBackground(): void {
  let directory: Promise<OutletDirectory> | null = null;
  const outletDirectory = () => {
    directory ??= loadLayeredOutlets().then(createOutletDirectory);
    return directory;
  };

  const coverage = new StoryCoverage(() => {
    throw new Error('framing analysis not wired yet');
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
  watchSettings(() => void badges.refreshAll());

  const extract: ContentMessage = { type: 'page:extract', payload: {} };
  browser.runtime.onMessage.addListener(
    createMessageRouter(
      {
        report: (tabId) =>
          buildTabReport(tabId, {
            tabUrl: (id) =>
              browser.tabs.get(id).then(
                (tab) => tab.url ?? null,
                () => null,
              ),
            requestExtraction: (id) =>
              withTimeout(browser.tabs.sendMessage(id, extract, { frameId: 0 }), EXTRACTION_TIMEOUT_MS),
            directory: outletDirectory,
            coverage: async (article, outlet, dir) => coverage.coverageFor(article, outlet, dir),
          }),
        refresh: async (): Promise<RefreshResponse> => ({ ok: false, reason: 'refresh not wired yet' }),
        hints: (tabId, hints) => badges.hinted(tabId, hints),
      },
      browser.runtime.id,
      browser.runtime.getURL('/'),
    ),
  );
}
