import type { BiasLabel } from '../utils/sources/schema';
import { labelKey, t } from '../utils/ui/i18n';

const STEPS = ['left', 'lean-left', 'center', 'lean-right', 'right'] as const;

/**
 * The five-step lean meter: the outlet's step filled, the others outlined. Mixed and unrated fill
 * none (an honest "we don't know"). Read by screen readers as one image with its label.
 */
export function LeanMeter({ label }: { label: BiasLabel }) {
  const name = t(labelKey('lean', label));
  return (
    <div
      class="lean-meter"
      role="img"
      aria-label={t('leanMeterLabel', name)}
      data-testid="lean-meter"
      data-lean={label}
    >
      <div class="lean-steps" aria-hidden="true">
        {STEPS.map((step) => (
          <span key={step} class={`lean-step lean-${step}${step === label ? ' is-current' : ''}`} />
        ))}
      </div>
      <span class="lean-name" aria-hidden="true">
        {name}
      </span>
    </div>
  );
}
