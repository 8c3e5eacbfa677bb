import { openDB } from 'idb';
import { DB_VERSION, MIGRATIONS } from './migrations';
import type { ParallaxDb, ParallaxDbSchema } from './schema';

export const DEFAULT_DB_NAME = 'parallax';

/**
 * Opens (creating or upgrading) Parallax's database. `version` exists for migration tests, which
 * build the database as an earlier release left it.
 */
export async function openParallaxDb(name = DEFAULT_DB_NAME, version = DB_VERSION): Promise<ParallaxDb> {
  const db: ParallaxDb = await openDB<ParallaxDbSchema>(name, version, {
    upgrade(upgrading, oldVersion, newVersion, tx) {
      for (const migrate of MIGRATIONS.slice(oldVersion, newVersion ?? DB_VERSION)) migrate(upgrading, tx);
    },
    // A newer version (an updated extension) wants to upgrade: close, rather than block it.
    blocking() {
      db.close();
    },
  });
  return db;
}
