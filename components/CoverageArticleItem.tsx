import type { CoverageArticle } from '../utils/framing/report';
import { labelKey, t } from '../utils/ui/i18n';
import { timeAgo } from '../utils/ui/time-ago';
import { ExternalLink } from './ExternalLink';

/** One other outlet's article: headline (a link), outlet, lean, factuality, how long ago, wire copy. */
export function CoverageArticleItem({ article, now }: { article: CoverageArticle; now: Date }) {
  const { outlet } = article;
  return (
    <li class="coverage-article" data-testid="coverage-article" data-side={article.side ?? 'none'}>
      <p class="headline">
        <ExternalLink href={article.url}>{article.title}</ExternalLink>
      </p>
      <p class="meta">
        <span class="outlet">{outlet?.name ?? t('unknownSource')}</span>
        {outlet ? <span class={`chip lean-${outlet.bias}`}>{t(labelKey('lean', outlet.bias))}</span> : null}
        {outlet?.factuality ? (
          <span class="chip">
            {t('factuality')}: {t(labelKey('factuality', outlet.factuality))}
          </span>
        ) : null}
        <span class="muted">{timeAgo(article.published, now)}</span>
        {article.wireCopyOf ? (
          <span class="chip wire" title={t('wireCopyOf')} data-testid="wire-copy">
            {t('wireCopy')}
          </span>
        ) : null}
      </p>
    </li>
  );
}
