import { useRef, useState } from 'preact/hooks';
import type { FramingReport, Side } from '../utils/framing/report';
import { labelKey, t } from '../utils/ui/i18n';
import { CoverageArticleItem } from './CoverageArticleItem';
import { SIDES } from './DistributionBar';

/**
 * Left, center and right coverage as tabs (three columns do not fit 420 px at 200% zoom), with the
 * WAI-ARIA tabs keyboard pattern: arrows, Home and End move between tabs. Articles whose outlet has
 * no lean rating follow under their own heading.
 */
export function SideTabs({ report, now }: { report: FramingReport; now: Date }) {
  const firstWithCoverage = SIDES.find((side) => report.coverage[side].length > 0) ?? 'left';
  const [selected, setSelected] = useState<Side>(firstWithCoverage);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = SIDES.indexOf(selected);
    const next: Record<string, number> = {
      ArrowRight: (index + 1) % SIDES.length,
      ArrowLeft: (index + SIDES.length - 1) % SIDES.length,
      Home: 0,
      End: SIDES.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const side = SIDES[target] as Side;
    setSelected(side);
    tabs.current[side]?.focus();
  };

  return (
    <section class="card sides" aria-labelledby="sides-title" data-testid="side-tabs">
      <h3 id="sides-title">{t('coverageBySide')}</h3>
      <div class="tablist" role="tablist" aria-labelledby="sides-title" onKeyDown={onKeyDown}>
        {SIDES.map((side) => (
          <button
            key={side}
            ref={(element) => {
              tabs.current[side] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${side}`}
            class={`tab side-${side}`}
            aria-selected={side === selected}
            aria-controls={`panel-${side}`}
            tabIndex={side === selected ? 0 : -1}
            data-testid={`side-tab-${side}`}
            onClick={() => setSelected(side)}
          >
            {t('sideTab', t(labelKey('side', side)), report.coverage[side].length)}
          </button>
        ))}
      </div>
      {SIDES.map((side) => (
        <div
          key={side}
          role="tabpanel"
          id={`panel-${side}`}
          aria-labelledby={`tab-${side}`}
          hidden={side !== selected}
          data-testid={`side-panel-${side}`}
        >
          {report.coverage[side].length ? (
            <ul class="article-list">
              {report.coverage[side].map((article) => (
                <CoverageArticleItem key={article.id} article={article} now={now} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t(labelKey('noArticles', side))}</p>
          )}
        </div>
      ))}
      {report.unrated.length ? (
        <>
          <h4>{t('unratedHeading')}</h4>
          <ul class="article-list" data-testid="unrated-articles">
            {report.unrated.map((article) => (
              <CoverageArticleItem key={article.id} article={article} now={now} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
