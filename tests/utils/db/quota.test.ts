import { afterEach, describe, expect, it } from 'vitest';
import { commitFeed } from '../../../utils/db/feed-commit';
import { countItems, listItems, storeItems } from '../../../utils/db/items';
import { openParallaxDb } from '../../../utils/db/open';
import type { FeedStatus, StoredItem } from '../../../utils/db/schema';

// fake-indexeddb has no quota: this one is "full" until something is deleted, like a real full disk.
let full = false;
const originalPut = IDBObjectStore.prototype.put;
const originalDelete = IDBCursor.prototype.delete;

function fillQuota(): void {
  full = true;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (full && this.name === 'items')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return originalPut.apply(this, args);
  };
  IDBCursor.prototype.delete = function (this: IDBCursor) {
    full = false;
    return originalDelete.call(this);
  };
}

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
  IDBCursor.prototype.delete = originalDelete;
});

const item = (id: string, published: string): StoredItem => {
  const url = `https://news.example/${id}`;
  return {
    id: url,
    url,
    title: id,
    outletId: 'news',
    feedUrl: 'https://news.example/rss',
    fetchedAt: published,
    published,
  };
};

describe('a full quota', () => {
  it('prunes the oldest items and stores the new ones', async () => {
    const db = await openParallaxDb('quota-test');
    await storeItems(
      db,
      Array.from({ length: 20 }, (_, i) =>
        item(`old${i}`, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`),
      ),
    );
    fillQuota();
    const status: FeedStatus = { url: 'https://news.example/rss', outletId: 'news', consecutiveFailures: 0 };
    const result = await commitFeed(db, { status, items: [item('new', '2024-02-01T00:00:00.000Z')] });
    expect(result.added.map((i) => i.id)).toEqual(['https://news.example/new']);
    expect(result.pruned).toEqual(['https://news.example/old0', 'https://news.example/old1']);
    expect(await countItems(db)).toBe(19);
    expect((await listItems(db)).some((i) => i.id === 'https://news.example/new')).toBe(true);
    expect(await db.get('feedStatus', status.url)).toEqual(status);
  });
});
