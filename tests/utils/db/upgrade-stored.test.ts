/**
 * Upgrades from stored databases: a database written with raw IndexedDB calls as each earlier
 * release left it (tests/fixtures/db) is opened by today's openParallaxDb, and the reader's
 * overrides, history and every other record are still there and still usable. Unlike
 * migrations.test.ts, which builds old versions with today's migrations, these fixtures are
 * frozen, so a migration edited after it shipped fails here.
 */
import { describe, expect, it } from 'vitest';
import { addVisit, listVisits } from '../../../utils/db/history';
import { listItems } from '../../../utils/db/items';
import { DB_VERSION } from '../../../utils/db/migrations';
import { openParallaxDb } from '../../../utils/db/open';
import { getOverride, listOverrides, saveOverride } from '../../../utils/db/overrides';
import { getRefreshProgress } from '../../../utils/db/refresh-progress';
import type { ParallaxDb } from '../../../utils/db/schema';
import { STORED_DATABASES } from '../../fixtures/db/index';
import { describeSchema, writeStoredDatabase } from '../../fixtures/db/stored-database';

// biome-ignore lint/suspicious/noExplicitAny: reads any store of the schema by name.
const anyStore = (db: ParallaxDb) => db as any;

describe('upgrading a stored database', () => {
  it('has a stored database for every released version, the current one included', () => {
    expect(STORED_DATABASES.map((stored) => stored.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it.each(STORED_DATABASES.map((stored) => [stored.version, stored] as const))(
    "today's migrations still build the version %i schema that release built",
    async (version, stored) => {
      const released = `released-schema-v${version}`;
      await writeStoredDatabase(released, stored);
      const migrated = await openParallaxDb(`migrated-schema-v${version}`, version);
      const reopened = await openParallaxDb(released, version);
      expect(describeSchema(migrated as unknown as IDBDatabase)).toEqual(
        describeSchema(reopened as unknown as IDBDatabase),
      );
      migrated.close();
      reopened.close();
    },
  );

  it.each(STORED_DATABASES.map((stored) => [stored.version, stored] as const))(
    'opens a version %i database at the current version with every record kept',
    async (version, stored) => {
      const name = `stored-v${version}`;
      await writeStoredDatabase(name, stored);
      const db = await openParallaxDb(name);
      expect(db.version).toBe(DB_VERSION);
      for (const [store, records] of Object.entries(stored.records)) {
        const kept: unknown[] = await anyStore(db).getAll(store);
        expect(kept, store).toHaveLength(records.length);
        expect(kept, store).toEqual(
          expect.arrayContaining(records.map(({ value }) => expect.objectContaining(value))),
        );
      }
      // Read back through the modules the extension uses, indexes included.
      const items = stored.records.items ?? [];
      expect((await listItems(db)).map((item) => item.id).sort()).toEqual(
        items.map(({ value }) => value.id).sort(),
      );
      expect(await getRefreshProgress(db)).toEqual(stored.records.refreshProgress?.[0]?.value);
      db.close();
    },
  );

  it.each(STORED_DATABASES.map((stored) => [stored.version, stored] as const))(
    "keeps a version %i reader's overrides and history, and adds to them after the upgrade",
    async (version, stored) => {
      const name = `stored-reader-v${version}`;
      await writeStoredDatabase(name, stored);
      const db = await openParallaxDb(name);
      const overrides = stored.records.overrides ?? [];
      const visits = stored.records.history ?? [];
      expect(await listOverrides(db)).toHaveLength(overrides.length);
      for (const { value } of overrides) expect(await getOverride(db, String(value.id))).toEqual(value);
      const before = await listVisits(db);
      expect(before.map(({ id, ...visit }) => visit)).toEqual(
        visits
          .map(({ value }) => value)
          .sort((a, b) => String(a.visitedAt).localeCompare(String(b.visitedAt))),
      );

      // A new visit is numbered after the stored ones, never over one of them.
      const id = await addVisit(db, {
        url: 'https://harbor.example/new',
        outletId: 'harbor',
        bias: 'lean-left',
        title: 'After the upgrade',
        visitedAt: '2026-01-01T00:00:00.000Z',
      });
      expect(before.every((visit) => visit.id < id)).toBe(true);
      expect(await listVisits(db)).toHaveLength(visits.length + 1);
      await saveOverride(db, { id: 'new-outlet', paywall: 'hard' });
      expect(await listOverrides(db)).toHaveLength(overrides.length + 1);
      db.close();
    },
  );
});
