import { describe, expect, it, vi } from 'vitest';
import type { OutletDirectory } from '../../../utils/background/outlet-directory';
import { type AnalyzeStory, StoryCoverage } from '../../../utils/background/story-coverage';
import { createIndexUpdater, restoreStoryIndex } from '../../../utils/background/story-index-store';
import { getSnapshot, openParallaxDb, saveSnapshot, storeItems } from '../../../utils/db';
import type { StoredItem } from '../../../utils/db/schema';
import type { FramingReport } from '../../../utils/framing/report';

const directory: OutletDirectory = {
  find: () => null,
  outletOfSource: () => null,
  outletOfPage: () => null,
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
    coverage.itemsChanged({ added: [otherStory], removed: [] });
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
    coverage.itemsChanged({ added: [...sameStory, otherStory], removed: [] });
    expect(coverage.coverageFor(article, null, directory)).toEqual({ status: 'ready', report: fakeReport });
    const matched = analyze.mock.calls[0]?.[0].matches.map((match) => match.id).sort();
    expect(matched).toEqual(sameStory.map((entry) => entry.id));

    coverage.itemsChanged({ added: [], removed: sameStory.map((entry) => entry.id) });
    coverage.refreshed('2026-01-02T12:00:00Z');
    expect(coverage.coverageFor(article, null, directory).status).toBe('empty');
  });
});

describe('story index store', () => {
  it('restores the index from its snapshot', async () => {
    const db = await openParallaxDb('story-store-snapshot');
    const built = new StoryCoverage(() => fakeReport);
    built.itemsChanged({ added: sameStory, removed: [] });
    await saveSnapshot(db, 'story-index', built.snapshot(), '2026-01-02T10:00:00Z');

    const restored = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, restored);
    expect(restored.size).toBe(2);
    expect(restored.coverageFor(article, null, directory).status).toBe('ready');
  });

  it('rebuilds from the stored items when the snapshot is damaged or missing', async () => {
    const db = await openParallaxDb('story-store-rebuild');
    await storeItems(db, [...sameStory, otherStory]);
    await saveSnapshot(db, 'story-index', { format: 'something else' }, '2026-01-02T10:00:00Z');
    const coverage = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, coverage);
    expect(coverage.size).toBe(3);
  });

  it('saves a snapshot once a burst of changes settles', async () => {
    const db = await openParallaxDb('story-store-save');
    const coverage = new StoryCoverage(() => fakeReport);
    const update = createIndexUpdater(Promise.resolve(db), coverage, { delayMs: 20 });
    update({ added: sameStory.slice(0, 1), removed: [] });
    update({ added: sameStory.slice(1), removed: [] });
    expect(await getSnapshot(db, 'story-index')).toBeUndefined();
    await vi.waitFor(async () => expect(await getSnapshot(db, 'story-index')).toBeDefined());
    const reloaded = new StoryCoverage(() => fakeReport);
    await restoreStoryIndex(db, reloaded);
    expect(reloaded.size).toBe(2);
  });
});
