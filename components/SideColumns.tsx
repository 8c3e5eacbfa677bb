import { useState } from 'preact/hooks';
import type { CoverageArticle, FramingReport } from '../utils/framing/report';
import { labelKey, t } from '../utils/ui/i18n';
import { CoverageArticleItem } from './CoverageArticleItem';
import { SIDES } from './DistributionBar';

/** Articles shown per side before "show more": enough to compare, short enough to see all three sides. */
export const ARTICLES_SHOWN = 4;

function SideList({
  id,
  heading,
  articles,
  empty,
  now,
  side,
}: {
  id: string;
  heading: string;
  articles: CoverageArticle[];
  empty: string | null;
  now: Date;
  side: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? articles : articles.slice(0, ARTICLES_SHOWN);
  const hidden = articles.length - shown.length;
  return (
    <section class={`side-column side-${side}`} aria-labelledby={`${id}-title`} data-testid={`side-${side}`}>
      <h4 id={`${id}-title`}>{heading}</h4>
      {articles.length ? (
        <ul class="article-list" id={`${id}-list`}>
          {shown.map((article) => (
            <CoverageArticleItem key={article.id} article={article} now={now} />
          ))}
        </ul>
      ) : (
        <p class="muted">{empty}</p>
      )}
      {articles.length > ARTICLES_SHOWN ? (
        <button
          type="button"
          class="link-button"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('showFewer') : t('showMore', hidden)}
        </button>
      ) : null}
    </section>
  );
}

/**
 * Left, center and right coverage, one after the other and all visible at once: the reader compares
 * the sides at a glance without operating tabs. Articles whose outlet has no lean rating come last.
 */
export function SideColumns({ report, now }: { report: FramingReport; now: Date }) {
  return (
    <section class="card sides" aria-labelledby="sides-title" data-testid="side-columns">
      <h3 id="sides-title">{t('coverageBySide')}</h3>
      {SIDES.map((side) => (
        <SideList
          key={side}
          id={`side-${side}`}
          side={side}
          heading={t('sideHeading', t(labelKey('side', side)), report.coverage[side].length)}
          articles={report.coverage[side]}
          empty={t(labelKey('noArticles', side))}
          now={now}
        />
      ))}
      {report.unrated.length ? (
        <SideList
          id="side-unrated"
          side="unrated"
          heading={t('unratedHeading')}
          articles={report.unrated}
          empty={null}
          now={now}
        />
      ) : null}
    </section>
  );
}
