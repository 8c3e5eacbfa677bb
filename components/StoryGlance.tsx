import type { FramingReport } from '../utils/framing/report';
import { countryName } from '../utils/ui/country-name';
import { labelKey, t } from '../utils/ui/i18n';
import { formatDate, timeAgo } from '../utils/ui/time-ago';
import { DistributionBar } from './DistributionBar';

function Blindspot({ blindspot }: { blindspot: FramingReport['blindspot'] }) {
  const label =
    blindspot.status === 'blindspot' && blindspot.side
      ? t(labelKey('blindspot', blindspot.side))
      : blindspot.status === 'insufficient'
        ? t('blindspotInsufficient')
        : t('blindspotOk');
  return (
    <p class={`blindspot status-${blindspot.status}`} data-testid="blindspot" data-status={blindspot.status}>
      <strong class="badge">{label}</strong> <span>{blindspot.reason}</span>
    </p>
  );
}

/** The story at a glance: how much coverage, its lean, its blindspot, who was first, where it comes from. */
export function StoryGlance({ report, locale, now }: { report: FramingReport; locale: string; now: Date }) {
  const { counts, firstReported } = report;
  const countries = Object.entries(report.countryMix)
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, 6);
  return (
    <section class="card glance" aria-labelledby="glance-title" data-testid="story-glance">
      <h3 id="glance-title">{t('storyAtGlance')}</h3>
      <p data-testid="coverage-counts">
        <strong>{t('countsLine', counts.articles, counts.outlets)}</strong>
        {counts.wireCopies > 0 ? (
          <span class="muted">
            {' · '}
            {counts.wireCopies === 1 ? t('wireCopyOne') : t('wireCopies', counts.wireCopies)}
          </span>
        ) : null}
      </p>
      <h4>{t('distributionHeading')}</h4>
      <DistributionBar bySide={report.distribution.bySide} />
      <Blindspot blindspot={report.blindspot} />
      {firstReported ? (
        <p data-testid="first-reported">
          {t(
            'firstReported',
            firstReported.outletName ?? t('unknownSource'),
            timeAgo(firstReported.published, now),
          )}{' '}
          <time class="muted" dateTime={firstReported.published}>
            ({formatDate(firstReported.published, locale)})
          </time>
        </p>
      ) : null}
      {countries.length ? (
        <>
          <h4>{t('sourcesBased')}</h4>
          <ul class="inline-list" data-testid="source-countries">
            {countries.map(([code, share]) => (
              <li key={code}>
                {countryName(code, locale) ?? code} ({share.count})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.summary.length ? (
        <>
          <h4>{t('summaryHeading')}</h4>
          <ul class="summary" data-testid="summary">
            {report.summary.map((bullet) => (
              <li key={bullet.articleId}>
                {bullet.text}{' '}
                <span class={`muted source side-${bullet.side ?? 'none'}`}>
                  — {bullet.outletName ?? t('unknownSource')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
