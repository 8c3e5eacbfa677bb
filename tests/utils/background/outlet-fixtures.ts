import type { OutletCard } from '../../../utils/messages';
import type { BiasLabel } from '../../../utils/sources/schema';

/** A minimal outlet card for tests: the badge and popup read only these fields. */
export function card(name: string, domain: string, label: BiasLabel): OutletCard {
  const provenance = {
    layer: 'bundled',
    dataset: 'bundled',
    basis: { raters: ['allsides'], asOf: '2025' },
  } as const;
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    domain,
    kind: 'newspaper',
    bias: {
      label,
      score: null,
      provenance: { ...provenance, basis: { raters: ['allsides'], asOf: '2025' } },
    },
    factuality: { label: 'high', provenance: { ...provenance, basis: { raters: ['mbfc'], asOf: '2025' } } },
    owner: { name: 'Owner Co', type: 'corporate', provenance: { ...provenance, basis: null } },
    country: 'US',
  };
}
