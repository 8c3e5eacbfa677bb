import { useState } from 'preact/hooks';
import type { CoverageState, RefreshResponse } from '../utils/messages';
import { t } from '../utils/ui/i18n';
import { timeAgo } from '../utils/ui/time-ago';
import { FramingPanel } from './FramingPanel';
import { SideColumns } from './SideColumns';
import { StoryGlance } from './StoryGlance';

type RefreshStatus = { status: 'idle' | 'running' | 'done' } | { status: 'failed'; reason: string };

function RefreshButton({ onRefresh }: { onRefresh: () => Promise<RefreshResponse> }) {
  const [refresh, setRefresh] = useState<RefreshStatus>({ status: 'idle' });
  const run = async () => {
    setRefresh({ status: 'running' });
    try {
      const result = await onRefresh();
      setRefresh(result.ok ? { status: 'done' } : { status: 'failed', reason: result.reason });
    } catch (error) {
      setRefresh({ status: 'failed', reason: String(error) });
    }
  };
  return (
    <div class="actions">
      <button type="button" onClick={run} disabled={refresh.status === 'running'} data-testid="refresh-now">
        {refresh.status === 'running' ? t('refreshing') : t('refreshNow')}
      </button>
      <p role="status" class="muted">
        {refresh.status === 'done' ? t('refreshDone') : null}
        {refresh.status === 'failed' ? t('refreshFailed', refresh.reason) : null}
      </p>
    </div>
  );
}

/** How others framed the story: the full report, or why there is none yet. */
export function CoverageSection({
  coverage,
  locale,
  now,
  onRefresh,
}: {
  coverage: CoverageState;
  locale: string;
  now: Date;
  onRefresh: () => Promise<RefreshResponse>;
}) {
  return (
    <section
      class="coverage"
      aria-labelledby="coverage-title"
      data-testid="coverage"
      data-status={coverage.status}
    >
      <h2 id="coverage-title">{t('coverageHeading')}</h2>
      {coverage.status === 'pending' ? (
        <div role="status" aria-busy="true" data-testid="coverage-pending">
          <span class="visually-hidden">{t('coveragePending')}</span>
          <div class="skeleton-block" aria-hidden="true" />
          <div class="skeleton-block" aria-hidden="true" />
        </div>
      ) : null}
      {coverage.status === 'loading' ? (
        <p class="card" role="status">
          {t('coverageLoading')}
        </p>
      ) : null}
      {coverage.status === 'empty' ? (
        <div class="card">
          <h3>{t('coverageEmptyTitle')}</h3>
          <p>{t('coverageEmptyBody', coverage.itemsStored)}</p>
          {coverage.lastRefresh ? (
            <p class="muted">{t('coverageLastRefresh', timeAgo(coverage.lastRefresh, now))}</p>
          ) : null}
          <RefreshButton onRefresh={onRefresh} />
        </div>
      ) : null}
      {coverage.status === 'ready' ? (
        <>
          <StoryGlance report={coverage.report} locale={locale} now={now} />
          <SideColumns report={coverage.report} now={now} />
          <FramingPanel report={coverage.report} />
        </>
      ) : null}
    </section>
  );
}
