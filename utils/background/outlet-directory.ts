import type { CoverageItem } from '../coverage/item';
import type { OutletSummary } from '../framing/report';
import type { OutletCard } from '../messages';
import { outletOfItem } from '../sources/item-outlet';
import { createOutletLookup, type LookupInput } from '../sources/lookup';
import type { Outlet } from '../sources/schema';
import { toOutletSummary } from '../sources/summary';
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
  /** The outlet of a page as the framing report carries it. */
  summaryOfPage(clue: OutletClue): OutletSummary | null;
  /** The outlet of a coverage item (see `outletOfItem`). */
  summaryOfItem(item: CoverageItem): OutletSummary | null;
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
    summaryOfPage(clue) {
      const match = lookup.lookup(clue);
      return match ? toOutletSummary(match.outlet, match.domain) : null;
    },
    summaryOfItem: (item) => outletOfItem(lookup, item),
    outlets: () => layered.outlets,
  };
}
