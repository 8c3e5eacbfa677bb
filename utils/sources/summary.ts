/**
 * The one place outlet data becomes what the report shows: the side a lean falls on, and the
 * summary of an outlet carried in a FramingReport.
 */
import type { OutletSummary, Side } from '../framing/report';
import { type BiasLabel, type Outlet, UNKNOWN_COUNTRY } from './schema';

const SIDES: Record<BiasLabel, Side | null> = {
  left: 'left',
  'lean-left': 'left',
  center: 'center',
  'lean-right': 'right',
  right: 'right',
  mixed: null,
  unrated: null,
};

/** left and lean-left → left, center → center, lean-right and right → right; mixed and unrated → null. */
export function sideOf(label: BiasLabel): Side | null {
  return SIDES[label] ?? null;
}

/** An outlet as the report carries it; `domain` is the entry the page matched (see OutletMatch). */
export function toOutletSummary(outlet: Outlet, domain: string): OutletSummary {
  return {
    id: outlet.id,
    name: outlet.name,
    domain,
    bias: outlet.bias.label,
    biasScore: outlet.bias.score,
    factuality: outlet.factuality.label,
    country: outlet.country === UNKNOWN_COUNTRY ? null : outlet.country,
    ownerType: outlet.owner.type,
  };
}
