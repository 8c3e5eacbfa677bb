import type { ParallaxDb } from '../db';
import type { RatingLayer } from '../messages';
import { bundledDataset } from '../sources/bundled';
import { type Provenance as LayerSource, layerDatasets } from '../sources/layers';
import type { Provenance, RatedField } from './outlet-card';
import type { LayeredOutlets } from './outlet-directory';
import { readStoredRatingLayers } from './stored-rating-layers';

const RATED_FIELDS: RatedField[] = ['bias', 'factuality', 'owner'];

/** `import:ratings.csv` → the imported layer named `ratings.csv`. */
function layerOf(from: LayerSource): { layer: RatingLayer; dataset: string | null } {
  if (from === 'bundled') return { layer: 'bundled', dataset: 'bundled' };
  if (from === 'reader') return { layer: 'reader', dataset: 'overrides' };
  return { layer: 'imported', dataset: from.slice('import:'.length) };
}

/**
 * The outlets the background looks pages up in: the bundled dataset, then the reader's imported
 * datasets, then their own ratings, merged field by field with where each field came from.
 */
export async function loadLayeredOutlets(db: ParallaxDb): Promise<LayeredOutlets> {
  const { imports, overrides } = await readStoredRatingLayers(db);
  if (imports.length === 0 && Object.keys(overrides).length === 0) return bundledOnly();
  const layered = layerDatasets({ bundled: bundledDataset(), imports, overrides });
  const fieldsOf = new Map(layered.outlets.map((entry) => [entry.outlet.id, entry.fields]));
  return {
    outlets: layered.outlets.map((entry) => entry.outlet),
    provenanceOf(outletId) {
      const fields = fieldsOf.get(outletId);
      const provenance: Provenance = {};
      if (fields) for (const field of RATED_FIELDS) provenance[field] = layerOf(fields[field].from);
      return provenance;
    },
  };
}

const BUNDLED_PROVENANCE: Provenance = Object.fromEntries(
  RATED_FIELDS.map((field) => [field, layerOf('bundled')]),
);

/**
 * No imports and no overrides, as for most readers: the bundled outlets are the layered ones and
 * every rating is bundled. Merging them field by field would cost a cold worker ~100 ms for no
 * change.
 */
function bundledOnly(): LayeredOutlets {
  const outlets = bundledDataset().outlets;
  const ids = new Set(outlets.map((outlet) => outlet.id));
  return {
    outlets,
    provenanceOf: (outletId) => (ids.has(outletId) ? { ...BUNDLED_PROVENANCE } : {}),
  };
}
