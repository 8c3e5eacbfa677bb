import { describe, expect, it, vi } from 'vitest';
import type { OutletDirectory } from '../../../utils/background/outlet-directory';
import { type AnalyzeStory, StoryCoverage } from '../../../utils/background/story-coverage';
import { createIndexUpdater, restoreStoryIndex } from '../../../utils/background/story-index-store';
import {
  countItems,
  getItemsRevision,
  getSnapshot,
  listItemsAtRevision,
  openParallaxDb,
  type ParallaxDb,
  pruneItems,
  type SnapshotRecord,
  saveSnapshot,
  storeItems,
} from '../../../utils/db';
import type { StoredItem } from '../../../utils/db/schema';
import type { FramingReport } from '../../../utils/framing/report';
import { StringList } from '../../../utils/matching/packed-strings';
import type { StoryIndexSnapshot } from '../../../utils/matching/story-index';
import { unpackFields } from '../../helpers/unpack-fields';

const directory: OutletDirectory = {
  find: () => null,
  summaryOfPage: () => null,
  summaryOfItem: () => null,
  outlets: () => [],
};

const article = {
  url: 'https://www.cnn.com/2026/01/02/politics/senate-budget',
  title: 'Senate passes $1.2 trillion budget after overnight vote',
  byline: null,
  siteName: 'CNN',
  publishedTime: '2026-01-02T08:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'The Senate passed a $1.2 trillion budget early Friday after an overnight vote, sending it to the House.',
  canonicalUrl: null,
  publisher: 'CNN',
  isArticle: true,
};

function item(id: string, title: string, summary: string): StoredItem {
  const url = `https://news.example/${id}`;
  return {
    id: url,
    url,
    title,
    summary,
    published: '2026-01-02T07:00:00Z',
    source: 'news',
    outletId: 'news',
    feedUrl: 'https://news.example/rss',
    fetchedAt: '2026-01-02T07:30:00Z',
  };
}

const sameStory = [
  item(
    'a',
    'Senate approves $1.2 trillion budget in overnight vote',
    'The Senate passed the budget Friday, sending it to the House.',
  ),
  item(
    'b',
    'Overnight Senate vote passes $1.2 trillion budget',
    'Senators approved the $1.2 trillion budget early Friday.',
  ),
];
const otherStory = item(
  'c',
  'Storm floods coastal towns',
  'Heavy rain flooded streets in three coastal towns.',
);

const fakeReport = { counts: { articles: 2, outlets: 1, wireCopies: 0 } } as FramingReport;

describe('StoryCoverage', () => {
  it('says "loading" before any refresh, and "empty" once feeds were fetched with nothing on the story', () => {
    const coverage = new StoryCoverage(() => fakeReport);
    expect(coverage.coverageFor(article, null, directory)).toEqual({ status: 'loading' });
    coverage.itemsChanged({ added: [otherStory], removed: [], revisions: [] });
    coverage.refreshed('2026-01-02T11:00:00Z');
    expect(coverage.coverageFor(article, null, directory)).toEqual({
      status: 'empty',
      itemsStored: 1,
      lastRefresh: '2026-01-02T11:00:00Z',
    });
  });

  it('analyzes the same-story items only, and follows removals', () => {
    const analyze = vi.fn<AnalyzeStory>(() => fakeReport);
    const coverage = new StoryCoverage(analyze, () => new Date('2026-01-02T12:00:00Z'));
    coverage.itemsChanged({ added: [...sameStory, otherStory], removed: [], revisions: [] });
    expect(coverage.coverageFor(article, null, directory)).toEqual({ status: 'ready', report: fakeReport });
    const matched = analyze.mock.calls[0]?.[0].matches.map((match) => match.id).sort();
    expect(matched).toEqual(sameStory.map((entry) => entry.id));

    coverage.itemsChanged({ added: [], removed: sameStory.map((entry) => entry.id), revisions: [] });
    coverage.refreshed('2026-01-02T12:00:00Z');
    expect(coverage.coverageFor(article, null, directory).status).toBe('empty');
  });
});

/** A database holding `items`, stored in one write (revision 1). */
async function storedDb(name: string, items: StoredItem[]) {
  const db = await openParallaxDb(name);
  await storeItems(db, items);
  return db;
}

/** The index a worker built from the items stored in `db`, saved as its snapshot at `savedAt`. */
async function saveBuiltSnapshot(db: ParallaxDb, savedAt = '2026-01-02T10:00:00Z'): Promise<void> {
  const built = new StoryCoverage(() => fakeReport);
  const stored = await listItemsAtRevision(db);
  built.rebuild(stored.items, stored.revision);
  await saveSnapshot(db, 'story-index', built.snapshot(), savedAt, built.itemsRevision);
}

describe('the items revision an index reflects', () => {
  it('moves on with the next revisions, and is lost when a change comes out of turn', () => {
    const coverage = new StoryCoverage(() => fakeReport);
    expect(coverage.itemsRevision).toBe(0);
    coverage.itemsChanged({ added: sameStory, removed: [], revisions: [2, 1] });
    expect(coverage.itemsRevision).toBe(2);
    // Revisions it holds already (items read after those writes) change nothing.
    coverage.itemsChanged({ added: sameStory, removed: [], revisions: [2] });
    expect(coverage.itemsRevision).toBe(2);
    // Revision 3 was never applied: the index cannot say what it reflects.
    coverage.itemsChanged({ added: [otherStory], removed: [], revisions: [4] });
    expect(coverage.itemsRevision).toBeNull();
    coverage.itemsChanged({ added: [], removed: [], revisions: [5] });
    expect(coverage.itemsRevision).toBeNull();
    // Until it is built again from the items.
    coverage.rebuild([...sameStory, otherStory], 5);
    expect(coverage.itemsRevision).toBe(5);
  });
});

describe('restoring a snapshot', () => {
  it('lets the worker answer other events between its steps', async () => {
    const built = new StoryCoverage(() => fakeReport);
    built.rebuild([...sameStory, otherStory], 1);
    const restored = new StoryCoverage(() => fakeReport);
    const order: string[] = [];
    const restoring = restored
      .restore(structuredClone(built.snapshot()), 1)
      .then(() => order.push('restored'));
    setTimeout(() => order.push('another event'), 0);
    await restoring;
    expect(order).toEqual(['another event', 'restored']);
    expect(restored.size).toBe(3);
    expect(restored.itemsRevision).toBe(1);
  });
});

describe('story index store', () => {
  it('restores the index from its snapshot', async () => {
    const db = await storedDb('story-store-snapshot', sameStory);
    await saveBuiltSnapshot(db);
    const restored = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, restored);
    expect(restored.size).toBe(2);
    expect(restored.itemsRevision).toBe(1);
    expect(restored.coverageFor(article, null, directory).status).toBe('ready');
    // Not rebuilt: the saved snapshot is still the one read.
    expect((await getSnapshot(db, 'story-index'))?.savedAt).toBe('2026-01-02T10:00:00Z');
  });

  it('rebuilds when the snapshot holds as many items as the store but not the newest (a refresh at the size cap)', async () => {
    const db = await storedDb('story-store-stale-at-cap', sameStory);
    await saveBuiltSnapshot(db);
    // Then a refresh stored a new item and pruned an old one; the worker stopped before saving.
    const newer = { ...otherStory, published: '2026-01-02T11:00:00Z', fetchedAt: '2026-01-02T11:00:00Z' };
    await storeItems(db, [newer]);
    await pruneItems(db, { now: Date.parse('2026-01-02T12:00:00Z'), maxItems: 2 });
    expect(await countItems(db)).toBe(2);
    const restored = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, restored);
    expect(restored.size).toBe(2);
    expect(restored.itemsRevision).toBe(3);
    expect(
      restored.coverageFor({ ...article, title: newer.title, text: newer.summary ?? '' }, null, directory)
        .status,
    ).toBe('ready');
  });

  it('rebuilds from the stored items when the snapshot lags them (a worker stopped before saving it)', async () => {
    const db = await storedDb('story-store-stale', sameStory);
    await saveBuiltSnapshot(db);
    await storeItems(db, [otherStory]);
    const restored = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, restored);
    expect(restored.size).toBe(3);
  });

  it('rebuilds when the snapshot does not know its revision (saved after a change out of turn)', async () => {
    const db = await storedDb('story-store-unknown-revision', [...sameStory, otherStory]);
    const built = new StoryCoverage(() => fakeReport);
    built.itemsChanged({ added: sameStory, removed: [], revisions: [2] });
    await saveSnapshot(db, 'story-index', built.snapshot(), '2026-01-02T10:00:00Z', built.itemsRevision);
    const restored = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, restored);
    expect(restored.size).toBe(3);
  });

  it('rebuilds once from a snapshot an earlier release saved (no revision, only its newest fetch date)', async () => {
    const db = await storedDb('story-store-earlier-release', [...sameStory, otherStory]);
    const built = new StoryCoverage(() => fakeReport);
    built.rebuild([...sameStory, otherStory], 1);
    await db.put('snapshots', {
      name: 'story-index',
      savedAt: '2026-01-02T10:00:00Z',
      data: built.snapshot(),
      itemsThrough: '2026-01-02T07:30:00Z',
    } as SnapshotRecord);
    const first = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, first, () => new Date('2026-01-02T11:00:00Z'));
    expect(first.size).toBe(3);
    await vi.waitFor(async () => expect((await getSnapshot(db, 'story-index'))?.itemsRevision).toBe(1));
    // The next start restores what the first saved.
    const next = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, next);
    expect((await getSnapshot(db, 'story-index'))?.savedAt).toBe('2026-01-02T11:00:00.000Z');
    expect(next.size).toBe(3);
  });

  it('rebuilds once from a snapshot of the format before packed item fields, then restores', async () => {
    const db = await storedDb('story-store-format-3', [...sameStory, otherStory]);
    await saveBuiltSnapshot(db);
    const saved = (await getSnapshot<StoryIndexSnapshot>(db, 'story-index'))!;
    const { fields, ...rest } = saved.data;
    const format3 = {
      ...rest,
      format: 'parallax-story-index/3',
      items: unpackFields(fields, (name) => name),
    };
    await saveSnapshot(db, 'story-index', format3, '2026-01-02T10:00:00Z', saved.itemsRevision);
    const first = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, first, () => new Date('2026-01-02T11:00:00Z'));
    expect(first.size).toBe(3);
    expect(first.coverageFor(article, null, directory).status).toBe('ready');
    await vi.waitFor(async () =>
      expect((await getSnapshot(db, 'story-index'))?.savedAt).toBe('2026-01-02T11:00:00.000Z'),
    );
    const next = new StoryCoverage(() => fakeReport);
    expect(await next.restore((await getSnapshot(db, 'story-index'))?.data)).toBe(true);
    expect(next.size).toBe(3);
  });

  it('rebuilds once from a snapshot of the format before packed terms and spellings, then restores', async () => {
    const db = await storedDb('story-store-format-4', [...sameStory, otherStory]);
    await saveBuiltSnapshot(db);
    const saved = (await getSnapshot<StoryIndexSnapshot>(db, 'story-index'))!;
    const format4 = {
      ...saved.data,
      format: 'parallax-story-index/4',
      terms: new StringList(saved.data.terms, 'terms').all(),
      spellings: new StringList(saved.data.spellings, 'spellings').all(),
      gaps: new StringList(saved.data.gaps, 'gaps').all(),
    };
    await saveSnapshot(db, 'story-index', format4, '2026-01-02T10:00:00Z', saved.itemsRevision);
    const first = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, first, () => new Date('2026-01-02T11:00:00Z'));
    expect(first.coverageFor(article, null, directory).status).toBe('ready');
    await vi.waitFor(async () =>
      expect((await getSnapshot(db, 'story-index'))?.savedAt).toBe('2026-01-02T11:00:00.000Z'),
    );
    const next = new StoryCoverage(() => fakeReport);
    expect(await next.restore((await getSnapshot(db, 'story-index'))?.data)).toBe(true);
    expect(next.coverageFor(article, null, directory).status).toBe('ready');
  });

  it('rebuilds from the stored items when the snapshot is damaged or missing', async () => {
    const db = await storedDb('story-store-rebuild', [...sameStory, otherStory]);
    await saveSnapshot(db, 'story-index', { format: 'something else' }, '2026-01-02T10:00:00Z', 1);
    const coverage = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, coverage);
    expect(coverage.size).toBe(3);
  });

  it('saves the rebuilt index, so the next start restores it instead of rebuilding', async () => {
    const db = await storedDb('story-store-rebuild-save', [...sameStory, otherStory]);
    await restoreStoryIndex(db, new StoryCoverage(() => fakeReport), () => new Date('2026-01-02T10:00:00Z'));
    await vi.waitFor(async () =>
      expect((await getSnapshot(db, 'story-index'))?.savedAt).toBe('2026-01-02T10:00:00.000Z'),
    );
    expect((await getSnapshot(db, 'story-index'))?.itemsRevision).toBe(1);
    const reloaded = new StoryCoverage(() => fakeReport);
    expect(await reloaded.restore((await getSnapshot(db, 'story-index'))?.data)).toBe(true);
    expect(reloaded.size).toBe(3);
  });

  it('saves a snapshot once a burst of changes settles, at the revision of the last change', async () => {
    const db = await openParallaxDb('story-store-save');
    const coverage = new StoryCoverage(() => fakeReport);
    const update = createIndexUpdater(Promise.resolve(db), coverage, { delayMs: 20 });
    const revisions: number[] = [];
    for (const stored of sameStory) {
      await storeItems(db, [stored]);
      revisions.push(await getItemsRevision(db));
    }
    for (const [i, stored] of sameStory.entries())
      update({ added: [stored], removed: [], revisions: [revisions[i]!] });
    expect(await getSnapshot(db, 'story-index')).toBeUndefined();
    await vi.waitFor(async () => expect(await getSnapshot(db, 'story-index')).toBeDefined());
    expect((await getSnapshot(db, 'story-index'))?.itemsRevision).toBe(2);
    const reloaded = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, reloaded);
    expect(reloaded.size).toBe(2);
    expect(reloaded.itemsRevision).toBe(2);
  });

  it('rebuilds after a worker stopped between a refresh and the save of its snapshot', async () => {
    const db = await openParallaxDb('story-store-stopped');
    const coverage = new StoryCoverage(() => fakeReport);
    const update = createIndexUpdater(Promise.resolve(db), coverage, { delayMs: 20 });
    await storeItems(db, sameStory);
    update({ added: sameStory, removed: [], revisions: [1] });
    await vi.waitFor(async () => expect((await getSnapshot(db, 'story-index'))?.itemsRevision).toBe(1));
    // The next refresh stores an item; the worker stops before its delayed save runs.
    await storeItems(db, [otherStory]);
    const next = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, next);
    expect(next.size).toBe(3);
    expect(next.itemsRevision).toBe(2);
  });
});

describe('StoryCoverage with the real analysis and outlets', () => {
  it('groups other outlets’ articles on the story by side', async () => {
    const { analyzeStory } = await import('../../../utils/framing/analyze-story');
    const { loadLayeredOutlets } = await import('../../../utils/background/layered-outlets');
    const { createOutletDirectory } = await import('../../../utils/background/outlet-directory');
    const outlets = createOutletDirectory(
      await loadLayeredOutlets(await openParallaxDb('story-real-analysis')),
    );
    const from = (host: string, id: string, title: string, summary: string): StoredItem => ({
      ...item(id, title, summary),
      id: `https://${host}/${id}`,
      url: `https://${host}/${id}`,
      source: host,
      outletId: host,
    });
    const coverage = new StoryCoverage(analyzeStory, () => new Date('2026-01-02T12:00:00Z'));
    coverage.itemsChanged({
      added: [
        from('www.foxnews.com', 'f', sameStory[0]!.title, sameStory[0]!.summary!),
        from('www.reuters.com', 'r', sameStory[1]!.title, sameStory[1]!.summary!),
        from(
          'www.theguardian.com',
          'g',
          'Senate passes $1.2 trillion budget after overnight session',
          'The $1.2 trillion budget passed the Senate early Friday.',
        ),
        from('www.reuters.com', 'storm', otherStory.title, otherStory.summary!),
      ],
      removed: [],
      revisions: [],
    });
    const cnn = outlets.summaryOfPage({ url: article.url });
    const state = coverage.coverageFor(article, cnn, outlets);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    const names = (side: 'left' | 'center' | 'right') =>
      state.report.coverage[side].map((entry) => entry.outlet?.name);
    expect(names('right')).toEqual(['Fox News']);
    expect(names('center')).toEqual(['Reuters']);
    expect(names('left')).toEqual(['The Guardian']);
    expect(state.report.article.outlet?.name).toBe('CNN');
  }, 30_000);
});
