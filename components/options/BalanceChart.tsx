import type { WeekCounts } from '../../utils/reading-balance/weeks';
import { labelKey, t } from '../../utils/ui/i18n';

const SIDES = ['left', 'center', 'right'] as const;

const WIDTH = 640;
const HEIGHT = 220;
const AXIS = 28;
const TOP = 10;

/** "Left 3, center 1, right 0" for one week: the bar's text, for the table and tooltips. */
function weekText(week: WeekCounts): string {
  return SIDES.map((side) => `${t(labelKey('side', side))} ${week[side]}`).join(', ');
}

/**
 * The lean of what the reader read, week by week: one stacked bar a week (left, center, right).
 * The SVG is one image to assistive technology (`role="img"` with a summary); the table after it
 * holds every number, for screen readers and for anyone who prefers text.
 */
export function BalanceChart({ weeks, locale }: { weeks: WeekCounts[]; locale: string }) {
  const highest = Math.max(1, ...weeks.map((week) => week.left + week.center + week.right));
  const slot = (WIDTH - AXIS) / Math.max(1, weeks.length);
  const barWidth = Math.max(4, slot * 0.7);
  const scale = (HEIGHT - AXIS - TOP) / highest;
  const label = (week: string) =>
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(week),
    );
  const totals = SIDES.map((side) => weeks.reduce((sum, week) => sum + week[side], 0));

  return (
    <figure class="balance-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="balance-chart-title"
        preserveAspectRatio="xMidYMid meet"
        data-testid="balance-chart"
      >
        <title id="balance-chart-title">
          {t('optChartSummary', weeks.length, totals[0] ?? 0, totals[1] ?? 0, totals[2] ?? 0)}
        </title>
        <line x1={AXIS} y1={HEIGHT - AXIS} x2={WIDTH} y2={HEIGHT - AXIS} class="axis" />
        <text x={AXIS - 4} y={TOP + 8} class="tick" text-anchor="end">
          {highest}
        </text>
        <text x={AXIS - 4} y={HEIGHT - AXIS} class="tick" text-anchor="end">
          0
        </text>
        {weeks.map((week, index) => {
          const x = AXIS + index * slot + (slot - barWidth) / 2;
          let y = HEIGHT - AXIS;
          return (
            <g key={week.week}>
              {SIDES.map((side) => {
                const height = week[side] * scale;
                y -= height;
                return height > 0 ? (
                  <rect key={side} class={`bar side-${side}`} x={x} y={y} width={barWidth} height={height}>
                    <title>{`${label(week.week)}: ${weekText(week)}`}</title>
                  </rect>
                ) : null;
              })}
              {index % Math.ceil(weeks.length / 8) === 0 ? (
                <text x={x + barWidth / 2} y={HEIGHT - AXIS + 16} class="tick" text-anchor="middle">
                  {label(week.week)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="distribution-legend inline-legend">
          {SIDES.map((side) => (
            <li key={side}>
              <span class={`swatch side-${side}`} aria-hidden="true" />
              {t(labelKey('side', side))}
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary>{t('optChartTable')}</summary>
        <table data-testid="balance-table">
          <caption class="visually-hidden">{t('optChartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optWeekOf')}</th>
              {SIDES.map((side) => (
                <th key={side} scope="col">
                  {t(labelKey('side', side))}
                </th>
              ))}
              <th scope="col">{t('optOtherLean')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">{label(week.week)}</th>
                <td>{week.left}</td>
                <td>{week.center}</td>
                <td>{week.right}</td>
                <td>{week.other}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
