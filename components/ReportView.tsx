import type { RefreshResponse, ReportState } from '../utils/messages';
import { labelKey, t } from '../utils/ui/i18n';
import { CoverageSection } from './CoverageSection';
import { ArticleSummary, OutletPanel } from './OutletPanel';
import { StateMessage } from './StateMessage';

/** What the popup can do for the reader; the shell wires these to the browser. */
export interface ReportActions {
  refresh(): Promise<RefreshResponse>;
  /** Opens the options page, on the sources section for `domain` when given. */
  openSources(domain?: string): void;
  reloadTab(): void;
  retry(): void;
}

/** The popup's body for one tab's report: one clear view per state. */
export function ReportView({
  state,
  actions,
  locale,
  now,
}: {
  state: ReportState;
  actions: ReportActions;
  locale: string;
  now: Date;
}) {
  switch (state.kind) {
    case 'unsupported-page':
      return (
        <StateMessage state={state.kind} title={t('unsupportedTitle')}>
          <p>{t(labelKey('unsupported', state.reason))}</p>
        </StateMessage>
      );
    case 'not-article':
      return (
        <StateMessage state={state.kind} title={t('notArticleTitle')}>
          <p>{t('notArticleBody')}</p>
          {state.outlet ? <p>{t('notArticleOutlet', state.outlet.name)}</p> : null}
        </StateMessage>
      );
    case 'extraction-failed':
      return (
        <StateMessage
          state={state.kind}
          title={t('extractionFailedTitle')}
          actions={
            <button type="button" onClick={actions.reloadTab}>
              {t('reloadPage')}
            </button>
          }
        >
          <p>{t(labelKey('extractionFailed', state.reason))}</p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage
          state={state.kind}
          title={t('errorTitle')}
          actions={
            <button type="button" onClick={actions.retry}>
              {t('retry')}
            </button>
          }
        >
          <p>{t('errorBody', state.message)}</p>
        </StateMessage>
      );
    case 'unknown-outlet':
      return (
        <div data-testid="report-state" data-state={state.kind}>
          <section class="card state-message" aria-labelledby="unknown-title">
            <h2 id="unknown-title">{t('unknownOutletTitle')}</h2>
            <p>{state.domain ? t('unknownOutletBody', state.domain) : t('unknownOutletNoDomain')}</p>
            <div class="actions">
              <button type="button" onClick={() => actions.openSources(state.domain ?? undefined)}>
                {t('rateOutlet')}
              </button>
            </div>
          </section>
          <ArticleSummary article={state.article} locale={locale} />
          <CoverageSection coverage={state.coverage} locale={locale} now={now} onRefresh={actions.refresh} />
        </div>
      );
    case 'ok':
      return (
        <div data-testid="report-state" data-state={state.kind}>
          <OutletPanel
            outlet={state.outlet}
            locale={locale}
            onChangeRating={() => actions.openSources(state.outlet.domain)}
          />
          <ArticleSummary article={state.article} locale={locale} />
          <CoverageSection coverage={state.coverage} locale={locale} now={now} onRefresh={actions.refresh} />
        </div>
      );
  }
}
