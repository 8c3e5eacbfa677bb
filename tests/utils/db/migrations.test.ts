/**
 * Upgrades keep the reader's data: for every earlier version, a database built as that release
 * left it, holding a record in each of its stores, is opened by the current code and every record
 * is still there.
 */
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/db/migrations';
import { openParallaxDb } from '../../../utils/db/open';
import type { ParallaxDb } from '../../../utils/db/schema';

// One record per store, as the release that added the store wrote it.
const samples: Record<string, { value: unknown; key?: string }> = {
  items: {
    value: {
      id: 'https://a.example/1',
      url: 'https://a.example/1',
      title: 'One',
      outletId: 'a',
      feedUrl: 'https://a.example/rss',
      fetchedAt: '2024-01-01T00:00:00.000Z',
    },
  },
  feedStatus: { value: { url: 'https://a.example/rss', outletId: 'a', consecutiveFailures: 0, etag: '"x"' } },
  refreshProgress: {
    value: {
      runId: 'r1',
      startedAt: '2024-01-01T00:00:00.000Z',
      pending: [{ url: 'https://a.example/rss', outletId: 'a' }],
    },
    key: 'current',
  },
  datasets: {
    value: {
      name: 'mine.csv',
      importedAt: '2024-01-01T00:00:00.000Z',
      dataset: { schema: 1, name: 'mine.csv', updated: '2024-01-01', outlets: [] },
    },
  },
  overrides: {
    value: {
      id: 'a',
      bias: { label: 'center', score: 0, country: 'US', basis: { raters: ['reader'], asOf: null } },
    },
  },
  history: {
    value: {
      url: 'https://a.example/1',
      outletId: 'a',
      bias: 'center',
      title: 'One',
      visitedAt: '2024-01-01T00:00:00.000Z',
    },
  },
  snapshots: { value: { name: 'matcher', savedAt: '2024-01-01T00:00:00.000Z', data: { terms: 3 } } },
  revisions: { value: { name: 'items', revision: 4 } },
};

async function seed(db: ParallaxDb): Promise<void> {
  for (const name of db.objectStoreNames) {
    const sample = samples[name];
    if (!sample) throw new Error(`no sample record for store ${name}: add one`);
    // biome-ignore lint/suspicious/noExplicitAny: a store-generic seed over the schema's union of stores.
    await (db as any).put(name, sample.value, sample.key);
  }
}

describe('database migrations', () => {
  it('creates every store at the current version', async () => {
    const db = await openParallaxDb('migrations-fresh');
    expect([...db.objectStoreNames].sort()).toEqual(Object.keys(samples).sort());
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  const earlier = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);
  it.each(earlier)('upgrades a stored version %i database without losing a record', async (version) => {
    const name = `migrations-from-v${version}`;
    const old = await openParallaxDb(name, version);
    await seed(old);
    const storesBefore = [...old.objectStoreNames];
    old.close();

    const db = await openParallaxDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (const store of storesBefore) {
      // biome-ignore lint/suspicious/noExplicitAny: as in seed().
      const records = await (db as any).getAll(store);
      expect(records, store).toHaveLength(1);
      expect(records[0]).toMatchObject(samples[store]!.value as object);
    }
    expect(await db.count('items', 'https://a.example/1')).toBe(1);
    expect(await db.countFromIndex('items', 'outletId', 'a')).toBe(1);
    db.close();
  });
});
