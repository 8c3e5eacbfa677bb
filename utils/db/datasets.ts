/** Imported rating datasets, by name. A put replaces the whole record in one transaction. */
import type { Dataset } from '../sources/schema';
import type { DatasetRecord, ParallaxDb } from './schema';

export async function saveDataset(db: ParallaxDb, dataset: Dataset, importedAt: string): Promise<void> {
  await db.put('datasets', { name: dataset.name, importedAt, dataset });
}

export function getDataset(db: ParallaxDb, name: string): Promise<DatasetRecord | undefined> {
  return db.get('datasets', name);
}

export function listDatasets(db: ParallaxDb): Promise<DatasetRecord[]> {
  return db.getAll('datasets');
}

export async function deleteDataset(db: ParallaxDb, name: string): Promise<void> {
  await db.delete('datasets', name);
}
