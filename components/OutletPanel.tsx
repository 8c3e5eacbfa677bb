import type { ArticleMeta, FieldProvenance, OutletCard as OutletCardData } from '../utils/messages';
import { countryName } from '../utils/ui/country-name';
import { labelKey, type MessageKey, t } from '../utils/ui/i18n';
import { formatDate } from '../utils/ui/time-ago';
import { LeanMeter } from './LeanMeter';

/** "your own rating", "Parallax's bundled dataset, rated by AllSides, as of 2025": where a field comes from. */
function provenanceText(provenance: FieldProvenance): string {
  const layer =
    provenance.layer === 'imported'
      ? t('layer_imported', provenance.dataset ?? '')
      : t(labelKey('layer', provenance.layer));
  const parts = [layer];
  const raters = provenance.basis?.raters ?? [];
  if (provenance.basis) {
    parts.push(
      raters.length
        ? t('ratedBy', raters.map((rater) => t(labelKey('rater', rater))).join(', '))
        : t('noRaters'),
    );
    if (provenance.basis.asOf) parts.push(t('asOf', provenance.basis.asOf));
  }
  return parts.join(', ');
}

function Provenance({ field, provenance }: { field: MessageKey; provenance: FieldProvenance }) {
  return <li>{t('ratingFor', t(field), provenanceText(provenance))}</li>;
}

/** Who published the article: name, lean, factuality, owner, country, and where each rating comes from. */
export function OutletPanel({
  outlet,
  locale,
  onChangeRating,
}: {
  outlet: OutletCardData;
  locale: string;
  onChangeRating?: () => void;
}) {
  const owner = outlet.owner.name ?? t('ownerUnknown');
  const ownership = outlet.owner.type ? t(labelKey('ownership', outlet.owner.type)) : null;
  const score = outlet.bias.score;
  const notes = [
    ...new Set(
      [outlet.bias.provenance, outlet.factuality.provenance, outlet.owner.provenance]
        .map((provenance) => provenance.basis?.note)
        .filter((note): note is string => Boolean(note)),
    ),
  ];
  return (
    <section class="card outlet-card" aria-labelledby="outlet-name" data-testid="outlet-card">
      <p class="eyebrow">{t('outletCardLabel')}</p>
      <h2 id="outlet-name" data-testid="outlet-name">
        {outlet.name}
      </h2>
      <p class="muted">{outlet.domain}</p>
      <LeanMeter label={outlet.bias.label} />
      {score !== null ? <p class="muted small">{t('leanScore', score.toFixed(2))}</p> : null}
      <dl class="facts">
        <div>
          <dt>{t('factuality')}</dt>
          <dd data-testid="outlet-factuality">
            {outlet.factuality.label
              ? t(labelKey('factuality', outlet.factuality.label))
              : t('factualityUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('owner')}</dt>
          <dd data-testid="outlet-owner">{owner}</dd>
        </div>
        {ownership ? (
          <div>
            <dt>{t('ownershipType')}</dt>
            <dd data-testid="outlet-ownership">{ownership}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('country')}</dt>
          <dd data-testid="outlet-country">{countryName(outlet.country, locale) ?? t('ownerUnknown')}</dd>
        </div>
        {outlet.kind ? (
          <div>
            <dt>{t('kind')}</dt>
            <dd>{t(labelKey('kind', outlet.kind))}</dd>
          </div>
        ) : null}
      </dl>
      {/* Always visible: a rating is only as good as its source. The raters' own words fold away. */}
      <div class="provenance">
        <h3 class="small-heading">{t('ratingSources')}</h3>
        <ul data-testid="rating-sources" class="small">
          <Provenance field="lean" provenance={outlet.bias.provenance} />
          <Provenance field="factuality" provenance={outlet.factuality.provenance} />
          <Provenance field="owner" provenance={outlet.owner.provenance} />
        </ul>
        {notes.length ? (
          <details>
            <summary>{t('ratingNotes')}</summary>
            <ul class="small" data-testid="rating-notes">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {onChangeRating ? (
          <button type="button" class="link-button" onClick={onChangeRating}>
            {t('changeRating')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** The article's own title, byline and date. */
export function ArticleSummary({ article, locale }: { article: ArticleMeta; locale: string }) {
  const date = formatDate(article.publishedTime, locale);
  return (
    <section class="card article-meta" aria-labelledby="article-title" data-testid="article-meta">
      <p class="eyebrow">{t('thisArticle')}</p>
      <h2 id="article-title" class="article-title">
        {article.title ?? t('untitled')}
      </h2>
      {article.byline ? <p class="muted">{t('byline', article.byline)}</p> : null}
      {date ? (
        <p class="muted">
          <time dateTime={article.publishedTime ?? undefined}>{t('publishedOn', date)}</time>
        </p>
      ) : null}
    </section>
  );
}
