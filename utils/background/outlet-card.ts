import type { FieldProvenance, OutletCard, RatingLayer } from '../messages';
import type { Outlet } from '../sources/schema';

/** The rated fields whose origin the card shows. */
export type RatedField = 'bias' | 'factuality' | 'owner';

/** Which layer and dataset each rated field came from; absent fields are the bundled dataset's. */
export type Provenance = Partial<Record<RatedField, { layer: RatingLayer; dataset: string | null }>>;

const BUNDLED = { layer: 'bundled', dataset: 'bundled' } as const;

/** The outlet as the popup's card shows it, with where each rating comes from. */
export function toOutletCard(outlet: Outlet, domain: string, provenance: Provenance = {}): OutletCard {
  const origin = (field: RatedField, basis: FieldProvenance['basis']): FieldProvenance => ({
    ...(provenance[field] ?? BUNDLED),
    basis,
  });
  return {
    id: outlet.id,
    name: outlet.name,
    domain,
    kind: outlet.kind,
    bias: {
      label: outlet.bias.label,
      score: outlet.bias.score,
      provenance: origin('bias', outlet.bias.basis),
    },
    factuality: { label: outlet.factuality.label, provenance: origin('factuality', outlet.factuality.basis) },
    owner: { name: outlet.owner.name, type: outlet.owner.type, provenance: origin('owner', null) },
    country: outlet.country,
  };
}
