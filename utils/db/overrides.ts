/** The reader's own ratings: partial outlets keyed by outlet id. */
import type { OutletOverride, ParallaxDb } from './schema';

export async function saveOverride(db: ParallaxDb, override: OutletOverride): Promise<void> {
  await db.put('overrides', override);
}

export function getOverride(db: ParallaxDb, outletId: string): Promise<OutletOverride | undefined> {
  return db.get('overrides', outletId);
}

export function listOverrides(db: ParallaxDb): Promise<OutletOverride[]> {
  return db.getAll('overrides');
}

export async function deleteOverride(db: ParallaxDb, outletId: string): Promise<void> {
  await db.delete('overrides', outletId);
}
