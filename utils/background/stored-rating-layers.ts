import { listDatasets, listOverrides, type ParallaxDb } from '../db';
import { type OutletOverrides, validateOverrides } from '../sources/layers';
import type { Dataset } from '../sources/schema';

/**
 * The reader's layers as stored: imported datasets in order, and their own ratings. Overrides are
 * validated again here (storage is untrusted): a bad one is left out, never shown as a rating.
 */
export async function readStoredRatingLayers(
  db: ParallaxDb,
): Promise<{ imports: Dataset[]; overrides: OutletOverrides }> {
  const [records, stored] = await Promise.all([listDatasets(db), listOverrides(db)]);
  const { overrides } = validateOverrides(Object.fromEntries(stored.map(({ id, ...patch }) => [id, patch])));
  return { imports: records.map((record) => record.dataset), overrides };
}
