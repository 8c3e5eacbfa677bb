/**
 * The merged ratings as the options page works on them: every outlet with the layer each field
 * came from, plus the reader's stored overrides. Built from the same pieces as the background's
 * outlet directory (layered-outlets.ts): bundled < imported datasets < the reader's overrides.
 */
import type { ParallaxDb } from '../db';
import type { FieldSources, SourceRow } from '../messages';
import { bundledDataset } from '../sources/bundled';
import {
  type LayeredDataset,
  type LayeredOutlet,
  layerDatasets,
  type OutletOverrides,
} from '../sources/layers';
import { OUTLET_FIELDS } from '../sources/schema';
import { readStoredRatingLayers } from './stored-rating-layers';

export interface RatingLayers {
  layered: LayeredDataset;
  /** Merged outlets by id. */
  byId: Map<string, LayeredOutlet>;
  /** Merged outlets sorted by name, for listing. */
  sorted: LayeredOutlet[];
  overrides: OutletOverrides;
}

export async function loadRatingLayers(db: ParallaxDb): Promise<RatingLayers> {
  const { imports, overrides } = await readStoredRatingLayers(db);
  const layered = layerDatasets({ bundled: bundledDataset(), imports, overrides });
  const sorted = [...layered.outlets].sort((a, b) =>
    a.outlet.name.localeCompare(b.outlet.name, 'en', { sensitivity: 'base' }),
  );
  return {
    layered,
    byId: new Map(layered.outlets.map((entry) => [entry.outlet.id, entry])),
    sorted,
    overrides,
  };
}

export function toSourceRow(entry: LayeredOutlet, overrides: OutletOverrides): SourceRow {
  const from: FieldSources = {};
  for (const field of OUTLET_FIELDS) from[field] = entry.fields[field].from;
  return { outlet: entry.outlet, from, overridden: entry.outlet.id in overrides };
}

/** Loads the layers once, until something changes them. */
export class RatingLayersCache {
  private current: Promise<RatingLayers> | null = null;

  constructor(private readonly db: () => Promise<ParallaxDb>) {}

  get(): Promise<RatingLayers> {
    this.current ??= this.db().then(loadRatingLayers);
    // A failed load is not kept: the next request tries again.
    this.current.catch(() => {
      this.current = null;
    });
    return this.current;
  }

  invalidate(): void {
    this.current = null;
  }
}
