import { describe, expect, it } from 'vitest';
import { countItems, listItems, pruneItems, storeItems } from '../../../utils/db/items';
import { openParallaxDb } from '../../../utils/db/open';
import type { StoredItem } from '../../../utils/db/schema';

let dbCount = 0;
const freshDb = () => openParallaxDb(`items-test-${++dbCount}`);
const NOW = Date.parse('2024-05-10T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();

function item(id: string, fields: Partial<StoredItem> = {}): StoredItem {
  const url = `https://news.example/${id}`;
  return {
    id: url,
    url,
    title: `Story ${id}`,
    source: 'news',
    outletId: 'news',
    feedUrl: 'https://news.example/rss',
    fetchedAt: daysAgo(0),
    ...fields,
  };
}

describe('the coverage items store', () => {
  it('keeps one item per canonical URL across feeds, with the earliest publication date', async () => {
    const db = await freshDb();
    const fromFeedA = item('a', { published: daysAgo(1), feedUrl: 'https://news.example/rss' });
    const fromFeedB = item('a', { published: daysAgo(2), feedUrl: 'https://news.example/politics.rss' });
    expect(await storeItems(db, [fromFeedA])).toEqual([fromFeedA]);
    expect(await storeItems(db, [fromFeedB])).toEqual([]);
    const stored = await listItems(db);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.published).toBe(daysAgo(2));
    expect(stored[0]!.feedUrl).toBe('https://news.example/rss');
  });

  it('lists by outlet and by date', async () => {
    const db = await freshDb();
    await storeItems(db, [
      item('a', { published: daysAgo(1) }),
      item('b', { outletId: 'other', published: daysAgo(3) }),
    ]);
    expect((await listItems(db, { outletId: 'other' })).map((i) => i.url)).toEqual([
      'https://news.example/b',
    ]);
    expect((await listItems(db, { since: daysAgo(2) })).map((i) => i.url)).toEqual([
      'https://news.example/a',
    ]);
  });

  it('prunes items past the retention window, dated by publication or, undated, by fetch', async () => {
    const db = await freshDb();
    await storeItems(db, [
      item('fresh', { published: daysAgo(1) }),
      item('old', { published: daysAgo(8), fetchedAt: daysAgo(0) }),
      item('undated-old', { fetchedAt: daysAgo(9) }),
      item('undated-fresh', { fetchedAt: daysAgo(1) }),
    ]);
    const { removed } = await pruneItems(db, { now: NOW, retentionDays: 7 });
    expect(removed.sort()).toEqual(['https://news.example/old', 'https://news.example/undated-old']);
    expect((await listItems(db)).map((i) => i.url).sort()).toEqual([
      'https://news.example/fresh',
      'https://news.example/undated-fresh',
    ]);
  });

  it('prunes the oldest items beyond the size cap', async () => {
    const db = await freshDb();
    await storeItems(
      db,
      Array.from({ length: 10 }, (_, i) => item(`n${i}`, { published: daysAgo(i / 10) })),
    );
    const { removed } = await pruneItems(db, { now: NOW, maxItems: 6 });
    expect(removed.sort()).toEqual(['n6', 'n7', 'n8', 'n9'].map((id) => `https://news.example/${id}`));
    expect(await countItems(db)).toBe(6);
  });
});
