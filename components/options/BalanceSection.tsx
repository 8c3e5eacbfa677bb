import { useEffect, useState } from 'preact/hooks';
import type { StoredVisit } from '../../utils/db/schema';
import { MIN_RATED_VISITS, rareSide, sideShares } from '../../utils/reading-balance/rare-side';
import { topOutlets } from '../../utils/reading-balance/top-outlets';
import { weeklyLean } from '../../utils/reading-balance/weeks';
import { getSettings, updateSettings } from '../../utils/storage';
import { labelKey, t } from '../../utils/ui/i18n';
import { timeAgo } from '../../utils/ui/time-ago';
import { ExternalLink } from '../ExternalLink';
import { BalanceChart } from './BalanceChart';
import { reasonOf, type Send } from './send';

/** Weeks the chart covers. */
export const BALANCE_WEEKS = 12;
const TOP_OUTLETS = 8;
const RECENT_ARTICLES = 10;

/** Reading balance: opt-in, on this device only; the lean of what the reader read over the weeks. */
export function BalanceSection({
  send,
  locale,
  now = new Date(),
}: {
  send: Send;
  locale: string;
  now?: Date;
}) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [visits, setVisits] = useState<StoredVisit[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getSettings().then((settings) => setEnabled(settings.readingBalance));
    void send('history:list', {}).then(
      (answer) => {
        setVisits(answer?.visits ?? []);
        setNames(answer?.names ?? {});
      },
      (failure: unknown) => setError(reasonOf(failure)),
    );
  }, [send]);

  const turnOn = async () => setEnabled((await updateSettings({ readingBalance: true })).readingBalance);

  const shares = visits ? sideShares(visits) : null;
  const rare = visits ? rareSide(visits) : null;
  const top = visits ? topOutlets(visits, TOP_OUTLETS) : [];

  return (
    <section aria-labelledby="balance-heading">
      <h2 id="balance-heading">{t('optBalance')}</h2>
      <p class="muted">{t('optBalanceIntro')}</p>
      {enabled === false ? (
        <div class="card">
          <p>{t('optBalanceOff')}</p>
          <button type="button" onClick={() => void turnOn()}>
            {t('optBalanceTurnOn')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p class="form-error" role="alert">
          {t('optFailed', error)}
        </p>
      ) : null}
      {visits && visits.length === 0 ? <p data-testid="balance-empty">{t('optBalanceEmpty')}</p> : null}
      {visits && visits.length > 0 && shares ? (
        <>
          <p data-testid="balance-totals">
            {t(
              'optBalanceTotals',
              visits.length,
              shares.counts.left,
              shares.counts.center,
              shares.counts.right,
            )}
          </p>
          <BalanceChart weeks={weeklyLean(visits, now, BALANCE_WEEKS)} locale={locale} />
          <h3>{t('optRareSide')}</h3>
          <p data-testid="balance-rare">
            {rare
              ? t('optRareSideIs', t(labelKey('side', rare.side)), Math.round(rare.share * 100))
              : shares.rated < MIN_RATED_VISITS
                ? t('optRareSideTooFew')
                : t('optRareSideNone')}
          </p>
          <h3>{t('optTopOutlets')}</h3>
          <ol class="top-outlets" data-testid="balance-top">
            {top.map((entry) => (
              <li key={entry.outletId}>
                {t('optTopOutletLine', names[entry.outletId] ?? entry.outletId, entry.visits)}{' '}
                <span class={`lean-chip lean-${entry.bias}`}>{t(labelKey('lean', entry.bias))}</span>
              </li>
            ))}
          </ol>
          <h3>{t('optRecentArticles')}</h3>
          <ul class="plain-list recent-articles" data-testid="balance-recent">
            {visits
              .slice(-RECENT_ARTICLES)
              .reverse()
              .map((visit) => (
                <li key={visit.id}>
                  <ExternalLink href={visit.url}>{visit.title || visit.url}</ExternalLink>{' '}
                  <span class="muted small">
                    {t(
                      'optRecentLine',
                      names[visit.outletId] ?? visit.outletId,
                      timeAgo(visit.visitedAt, now),
                    )}
                  </span>{' '}
                  <span class={`lean-chip lean-${visit.bias}`}>{t(labelKey('lean', visit.bias))}</span>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
