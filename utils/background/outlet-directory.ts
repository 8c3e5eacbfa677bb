import type { OutletCard } from '../messages';
import { createOutletLookup, type LookupInput } from '../sources/lookup';
import type { Outlet } from '../sources/schema';
import { type Provenance, toOutletCard } from './outlet-card';

/** What the background knows of a page to find its outlet. */
export type OutletClue = LookupInput;

/** The outlets after layering (bundled < imported < the reader's), with each one's provenance. */
export interface LayeredOutlets {
  outlets: Outlet[];
  provenanceOf(outletId: string): Provenance;
}

export interface OutletDirectory {
  /** The outlet card of a page, or null when no dataset knows it. */
  find(clue: OutletClue): OutletCard | null;
  /** The outlet a coverage item's `source` names, for the framing analysis. */
  outletOfSource(source: string): Outlet | null;
  /** The outlet a page belongs to, as the dataset has it. */
  outletOfPage(clue: OutletClue): Outlet | null;
  /** Every outlet, after layering. */
  outlets(): readonly Outlet[];
}

export function createOutletDirectory(layered: LayeredOutlets): OutletDirectory {
  const lookup = createOutletLookup(layered.outlets);
  return {
    find(clue) {
      const match = lookup.lookup(clue);
      return match ? toOutletCard(match.outlet, match.domain, layered.provenanceOf(match.outlet.id)) : null;
    },
    outletOfSource: (source) => lookup.lookupSource(source),
    outletOfPage: (clue) => lookup.lookup(clue)?.outlet ?? null,
    outlets: () => layered.outlets,
  };
}
