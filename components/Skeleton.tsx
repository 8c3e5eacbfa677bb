import { t } from '../utils/ui/i18n';

/** Painted at once while the report is computed, so the popup never opens blank. */
export function Skeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true" data-testid="skeleton">
      <span class="visually-hidden">{t('loadingReport')}</span>
      <div class="skeleton-block tall" aria-hidden="true" />
      <div class="skeleton-block" aria-hidden="true" />
      <div class="skeleton-block" aria-hidden="true" />
    </div>
  );
}
