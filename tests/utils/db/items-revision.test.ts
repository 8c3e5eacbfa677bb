/**
 * The items' revision moves with every write to the items, in the same transaction, and only
 * then: a snapshot saved at a revision is current exactly while the revision has not moved.
 */
import { describe, expect, it } from 'vitest';
import { commitFeed } from '../../../utils/db/feed-commit';
import { pruneFraction, pruneItems, storeItems } from '../../../utils/db/items';
import { getItemsRevision, listItemsAtRevision } from '../../../utils/db/items-revision';
import { openParallaxDb } from '../../../utils/db/open';
import type { FeedStatus, StoredItem } from '../../../utils/db/schema';

let dbCount = 0;
const freshDb = () => openParallaxDb(`items-revision-test-${++dbCount}`);
const NOW = Date.parse('2024-05-10T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000).toISOString();

function item(id: string, published = daysAgo(1)): StoredItem {
  const url = `https://news.example/${id}`;
  return {
    id: url,
    url,
    title: `Story ${id}`,
    published,
    source: 'news',
    outletId: 'news',
    feedUrl: 'https://news.example/rss',
    fetchedAt: daysAgo(0),
  };
}

const status: FeedStatus = { url: 'https://news.example/rss', outletId: 'news', consecutiveFailures: 0 };

describe('the items revision', () => {
  it('is 0 before any write and moves by one with each write that changes the items', async () => {
    const db = await freshDb();
    expect(await getItemsRevision(db)).toBe(0);
    await storeItems(db, [item('a'), item('b')]);
    expect(await getItemsRevision(db)).toBe(1);
    // The same items again change nothing: no write, no new revision.
    await storeItems(db, [item('a')]);
    expect(await getItemsRevision(db)).toBe(1);
    // An earlier publication date of a known item is a write (the items are merged).
    await storeItems(db, [item('a', daysAgo(2))]);
    expect(await getItemsRevision(db)).toBe(2);
  });

  it("gives each feed commit's and each prune's revision, and none for a commit that stored nothing", async () => {
    const db = await freshDb();
    expect((await commitFeed(db, { status, items: [item('a'), item('old', daysAgo(9))] })).revisions).toEqual(
      [1],
    );
    expect((await commitFeed(db, { status, items: [] })).revisions).toEqual([]);
    const pruned = await pruneItems(db, { now: NOW, retentionDays: 7 });
    expect(pruned).toEqual({ removed: ['https://news.example/old'], revisions: [2] });
    expect(await pruneItems(db, { now: NOW, retentionDays: 7 })).toEqual({ removed: [], revisions: [] });
    expect((await pruneFraction(db, 0.5)).revisions).toEqual([3]);
    expect(await getItemsRevision(db)).toBe(3);
  });

  it('does not move when the write fails: the transaction took both or neither', async () => {
    const db = await freshDb();
    await storeItems(db, [item('a')]);
    // A status without its key cannot be stored: the whole commit, items included, is rolled back.
    const broken = { ...status, url: undefined } as unknown as FeedStatus;
    await expect(commitFeed(db, { status: broken, items: [item('c')] })).rejects.toThrow();
    expect(await listItemsAtRevision(db)).toEqual({ items: [item('a')], revision: 1 });
  });
});
