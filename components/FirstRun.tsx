import { t } from '../utils/ui/i18n';

/** What Parallax does and what it needs, shown once before the first report. */
export function FirstRun({ onStart }: { onStart: () => void }) {
  return (
    <section class="card first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('firstRunWhat')}</p>
      <p>{t('firstRunHow')}</p>
      <p>{t('firstRunNeeds')}</p>
      <div class="actions">
        <button type="button" onClick={onStart} data-testid="first-run-start">
          {t('firstRunStart')}
        </button>
      </div>
    </section>
  );
}
