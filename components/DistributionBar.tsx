import type { Share, Side } from '../utils/framing/report';
import { labelKey, t } from '../utils/ui/i18n';

export const SIDES: Side[] = ['left', 'center', 'right'];

function percent(share: Share): number {
  return Math.round(share.share * 100);
}

/** The left/center/right split of the outlets covering the story, with the counts behind each share. */
export function DistributionBar({ bySide }: { bySide: Record<Side, Share> }) {
  const lines = SIDES.map((side) =>
    t('shareLine', t(labelKey('side', side)), bySide[side].count, bySide[side].total, percent(bySide[side])),
  );
  return (
    <div class="distribution" data-testid="distribution">
      <div class="distribution-bar" role="img" aria-label={lines.join('; ')}>
        {SIDES.map((side) =>
          bySide[side].count > 0 ? (
            <span key={side} class={`segment side-${side}`} style={{ flexGrow: bySide[side].count }} />
          ) : null,
        )}
      </div>
      <ul class="distribution-legend" aria-hidden="true">
        {SIDES.map((side, i) => (
          <li key={side}>
            <span class={`swatch side-${side}`} />
            {lines[i]}
          </li>
        ))}
      </ul>
    </div>
  );
}
