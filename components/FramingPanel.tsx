import type { FramingReport, Side } from '../utils/framing/report';
import { labelKey, t } from '../utils/ui/i18n';
import { SIDES } from './DistributionBar';
import { ExternalLink } from './ExternalLink';

const TERMS_SHOWN = 8;

/** The framing: words each side chose, the reader's headline beside the others, omitted facts, similar stories. */
export function FramingPanel({ report }: { report: FramingReport }) {
  const sidesWithTerms = SIDES.filter((side) => (report.framingTerms[side]?.length ?? 0) > 0);
  const otherHeadlines = SIDES.map((side) => ({ side, article: report.coverage[side][0] })).filter(
    (entry): entry is { side: Side; article: NonNullable<typeof entry.article> } =>
      entry.article !== undefined,
  );
  return (
    <section class="card framing" aria-labelledby="framing-title" data-testid="framing">
      <h3 id="framing-title">{t('framingHeading')}</h3>
      {sidesWithTerms.map((side) => (
        <div key={side} class="terms" data-testid={`terms-${side}`}>
          <h4>{t(labelKey('wordsChosen', side))}</h4>
          <ul class="inline-list chips">
            {(report.framingTerms[side] ?? []).slice(0, TERMS_SHOWN).map((term) => (
              <li key={term.term} class={`chip side-${side}`}>
                {term.term}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h4>{t('headlinesHeading')}</h4>
      <ul class="headlines" data-testid="headlines">
        <li>
          <span class="eyebrow">{t('yourHeadline')}</span> {report.article.title ?? t('untitled')}
        </li>
        {otherHeadlines.map(({ side, article }) => (
          <li key={side}>
            <span class={`eyebrow side-${side}`}>
              {t(labelKey('side', side))} · {article.outlet?.name ?? t('unknownSource')}
            </span>{' '}
            {article.title}
          </li>
        ))}
      </ul>
      {report.headlineOnlyTerms.length ? (
        <p class="muted">{t('headlineOnlyTerms', report.headlineOnlyTerms.join(', '))}</p>
      ) : null}
      {report.omittedFacts.length ? (
        <>
          <h4>{t('omittedFactsHeading')}</h4>
          <ul data-testid="omitted-facts">
            {report.omittedFacts.map((fact) => (
              <li key={fact.fact}>{t('omittedFact', fact.fact, fact.reportedBy)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.similarStories.length ? (
        <>
          <h4>{t('similarStories')}</h4>
          <ul data-testid="similar-stories">
            {report.similarStories.map((story) => (
              <li key={story.url ?? story.title}>
                <ExternalLink href={story.url}>{story.title}</ExternalLink>
                {story.sharedEntities.length ? (
                  <span class="muted small"> · {t('sharedEntities', story.sharedEntities.join(', '))}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
