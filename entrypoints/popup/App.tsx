import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FirstRun, HostAccessPrompt } from '../../components/FirstRun';
import { type ReportActions, ReportView } from '../../components/ReportView';
import { Skeleton } from '../../components/Skeleton';
import { type ReportState, sendMessage } from '../../utils/messages';
import { getSettings, updateSettings } from '../../utils/storage';
import { t } from '../../utils/ui/i18n';
import { tabIdFromSearch } from '../../utils/ui/target-tab';

/** How often the popup asks again while coverage is still loading. */
const LOADING_POLL_MS = 4_000;

async function targetTabId(): Promise<number | null> {
  const named = tabIdFromSearch(location.search);
  if (named !== null) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** A quiet line on what the opt-in wider search did for this report, if it ran. */
function widerSearchNote(report: ReportState | null): string | null {
  if (report?.kind !== 'ok' && report?.kind !== 'unknown-outlet') return null;
  const { wider } = report.coverage;
  if (!wider) return null;
  if ('failed' in wider) return t('widerSearchFailed');
  return wider.added ? t('widerSearchAdded', wider.added) : null;
}

function openOptions(domain?: string): void {
  const hash = domain ? `#sources?domain=${encodeURIComponent(domain)}` : '#sources';
  // A cast: WXT types the page's path, not the path with a hash.
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}` as '/popup.html') });
}

/** The popup: the report on the active tab (or `?tabId=N`), under a welcome the first time. */
export function App() {
  const [firstRun, setFirstRun] = useState<boolean | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<ReportState | null>(null);

  // Answers to an earlier load (the reader pressed retry) must not replace a later one's.
  const loads = useRef(0);
  const load = useCallback(async ({ quiet = false } = {}) => {
    const current = ++loads.current;
    const show = (state: ReportState) => {
      if (current === loads.current) setReport(state);
    };
    if (!quiet) setReport(null);
    try {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) return show({ kind: 'unsupported-page', url: null, reason: 'browser-page' });
      if (!quiet) {
        // The outlet needs only the lookup: it is shown while the worker matches the story (seconds
        // when the worker has just started), unless the full report came first.
        sendMessage('report:get', { tabId: id, outletOnly: true }).then(
          (outlet) => {
            if (current === loads.current) setReport((shown) => shown ?? outlet);
          },
          () => undefined,
        );
      }
      show(await sendMessage('report:get', { tabId: id }));
    } catch (error) {
      show({ kind: 'error', message: String(error) });
    }
  }, []);

  // Marks for the popup benchmark: when the outlet card, then the complete report, is on screen.
  useEffect(() => {
    if (!report) return;
    if (report.kind === 'ok') performance.mark('parallax:outlet');
    if (report.kind === 'ok' && report.coverage.status === 'pending') return;
    performance.mark(report.kind === 'ok' ? 'parallax:report' : `parallax:state:${report.kind}`);
  }, [report]);

  // Asked before the first frame is painted rather than after it (as useEffect would): the worker
  // reads the page while the popup paints.
  useLayoutEffect(() => {
    void getSettings().then((settings) => setFirstRun(!settings.firstRunDone));
    void load();
  }, [load]);

  // While the first feeds are fetched, ask again now and then, keeping the current view meanwhile.
  const coverageLoading =
    (report?.kind === 'ok' || report?.kind === 'unknown-outlet') && report.coverage.status === 'loading';
  useEffect(() => {
    if (!coverageLoading) return;
    const timer = setTimeout(() => void load({ quiet: true }), LOADING_POLL_MS);
    return () => clearTimeout(timer);
  }, [coverageLoading, report, load]);

  const widerNote = widerSearchNote(report);

  const actions: ReportActions = {
    refresh: async () => {
      const result = await sendMessage('coverage:refresh', {});
      // New items may tell this story now: ask again, keeping the view until the answer comes.
      if (result.ok) void load({ quiet: true });
      return result;
    },
    openSources: openOptions,
    reloadTab: () => {
      if (tabId !== null) void browser.tabs.reload(tabId).then(() => window.close());
    },
    retry: () => void load(),
  };

  return (
    <>
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link-button" onClick={() => openOptions()}>
          {t('openOptions')}
        </button>
      </header>
      <main>
        {/* The welcome sits above the report rather than in its place: the reader sees both at once. */}
        {/* Firefox may withhold access to the feeds' sites: asked for in the welcome, and after it. */}
        {firstRun ? (
          <FirstRun
            onStart={() => {
              setFirstRun(false);
              void updateSettings({ firstRunDone: true });
            }}
            onGranted={() => void actions.refresh()}
          />
        ) : firstRun === false ? (
          <HostAccessPrompt onGranted={() => void actions.refresh()} />
        ) : null}
        {report ? (
          <ReportView
            state={report}
            actions={actions}
            locale={browser.i18n.getUILanguage()}
            now={new Date()}
          />
        ) : (
          <Skeleton />
        )}
        {widerNote ? (
          <p class="muted wider-note" data-testid="wider-note">
            {widerNote}
          </p>
        ) : null}
      </main>
    </>
  );
}
