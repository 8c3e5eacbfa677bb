import type { CoverageItem } from '../coverage/item';
import type { OutletSummary } from '../framing/report';
import type { OutletLookup } from './lookup';
import { toOutletSummary } from './summary';

/**
 * The outlet of a coverage item: by its URL (a feed can carry other outlets' articles), else by
 * its `source` (the outlet id the refresher stored, or a name or domain).
 */
export function outletOfItem(
  lookup: OutletLookup,
  item: Pick<CoverageItem, 'url' | 'source'>,
): OutletSummary | null {
  const byUrl = item.url && URL.canParse(item.url) ? lookup.lookup({ url: item.url }) : null;
  if (byUrl) return toOutletSummary(byUrl.outlet, byUrl.domain);
  const bySource = item.source ? lookup.lookupSource(item.source) : null;
  return bySource ? toOutletSummary(bySource, bySource.domains[0] ?? '') : null;
}
