import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../utils/coverage/item';
import { createStoryIndex, restoreStoryIndex } from '../../../utils/matching/story-index';
import { backgroundItems } from '../../fixtures/matching/background';
import {
  BRIDGE_VOTE_IDS,
  bridgeQuery,
  storyItem,
  storyPool,
  storyWithBackground,
} from '../../fixtures/matching/story';

function indexOf(items: CoverageItem[]) {
  const index = createStoryIndex();
  index.add(items);
  return index;
}

const ids = (matches: { id: string }[]) => matches.map((match) => match.id).sort();

describe('createStoryIndex().related', () => {
  const index = indexOf(storyWithBackground());

  it('finds every report of the story the reader is on, best first', () => {
    const matches = index.related(bridgeQuery);
    expect(ids(matches)).toEqual([...BRIDGE_VOTE_IDS].sort());
    const scores = matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('leaves out a story on the same issue a week earlier (time window)', () => {
    expect(ids(index.related(bridgeQuery))).not.toContain('same-issue');
  });

  it('leaves out another story of the same day', () => {
    expect(ids(index.related(bridgeQuery))).not.toContain('other-story');
  });

  it('does not match a report in another language whose words differ', () => {
    expect(ids(index.related(bridgeQuery))).not.toContain('french');
  });

  it('marks syndicated copies of the AP story, pointing at the agency original', () => {
    const byId = new Map(index.related(bridgeQuery).map((match) => [match.id, match]));
    expect(byId.get('copy-1')?.wireCopyOf).toBe('ap-bridge');
    expect(byId.get('copy-2')?.wireCopyOf).toBe('ap-bridge');
    expect(byId.get('ap-bridge')?.wireCopyOf).toBeNull();
    expect(byId.get('left-1')?.wireCopyOf).toBeNull();
  });

  it('ignores a pool item with the query’s own id', () => {
    const self = storyItem('center-1');
    expect(ids(index.related(self))).not.toContain('center-1');
    expect(ids(index.related(self))).toContain('left-1');
  });

  it('asks more of an undated item against a dated query: a loose one is left out, a close one found', () => {
    expect(ids(index.related(bridgeQuery))).not.toContain('undated');
    const close = {
      id: 'undated-close',
      title: bridgeQuery.title,
      summary: bridgeQuery.text!.split('\n')[0]!,
    };
    expect(ids(indexOf([...backgroundItems(300), close]).related(bridgeQuery))).toEqual(['undated-close']);
  });

  it('uses no window when the query has no date', () => {
    const late = { ...storyItem('center-1'), id: 'center-late', published: '2026-03-20T10:00:00Z' };
    const withLate = indexOf([...storyWithBackground(), late]);
    const { published: _dropped, ...undated } = bridgeQuery;
    expect(ids(withLate.related(bridgeQuery))).not.toContain('center-late');
    expect(ids(withLate.related(undated))).toContain('center-late');
  });

  it('drops the same report once it is dated outside the window', () => {
    const late = { ...storyItem('center-1'), id: 'center-late', published: '2026-03-20T10:00:00Z' };
    const withLate = indexOf([...storyWithBackground(), late]);
    expect(ids(withLate.related(bridgeQuery))).not.toContain('center-late');
    const inside = { ...late, id: 'center-inside', published: '2026-03-12T10:00:00Z' };
    const withInside = indexOf([...storyWithBackground(), inside]);
    expect(ids(withInside.related(bridgeQuery))).toContain('center-inside');
  });

  it('answers nothing for an unrelated query, an empty query, or an empty index', () => {
    expect(index.related({ id: 'q', title: 'Chess olympiad opens in Budapest with record entries' })).toEqual(
      [],
    );
    expect(index.related({ id: 'q', title: '' })).toEqual([]);
    expect(createStoryIndex().related(bridgeQuery)).toEqual([]);
  });
});

describe('createStoryIndex().related without dates', () => {
  // The day before, another story on the same confirmation: its two reports echo each other more
  // than either echoes the query.
  const pool: CoverageItem[] = [
    ...backgroundItems(300),
    {
      id: 'same',
      title: 'Senate confirms Amy Coney Barrett to the Supreme Court in 52-48 vote',
      summary:
        'The Senate voted 52-48 on Monday to confirm Amy Coney Barrett as a Supreme Court justice, a week before the election.',
    },
    {
      id: 'eve-1',
      title: 'Senate poised to confirm Barrett after Republicans clear procedural hurdle',
      summary:
        'Senate Republicans voted Sunday to end debate on the nomination of Amy Coney Barrett, setting up a final vote on Monday.',
    },
    {
      id: 'eve-2',
      title: 'Barrett nomination advances as Senate ends debate',
      summary: 'Senators ended debate on Sunday on the nomination, with a final vote set for Monday.',
    },
  ];
  const query: CoverageItem = {
    id: 'query',
    title: 'Barrett confirmed to Supreme Court as Senate votes 52-48',
    text: 'Amy Coney Barrett was confirmed to the Supreme Court on Monday after the Senate voted 52-48, with Republicans pushing the nomination through days before the election.',
  };

  it('leaves out a report closer to another story’s report than to the query (mutual neighbours)', () => {
    const index = indexOf(pool);
    expect(ids(index.nearby(query, 3))).toEqual(['eve-1', 'eve-2', 'same']);
    expect(ids(index.related(query))).toEqual(['same']);
  });
});

describe('updates', () => {
  it('removes items and replaces an item added again under its id', () => {
    const index = indexOf(storyWithBackground());
    const size = index.size;
    index.remove(['left-1', 'not-there']);
    expect(index.size).toBe(size - 1);
    expect(ids(index.related(bridgeQuery))).not.toContain('left-1');
    index.add([
      { ...storyItem('left-1'), title: 'Chess olympiad opens in Budapest', summary: 'Record entries.' },
    ]);
    expect(index.size).toBe(size);
    expect(ids(index.related(bridgeQuery))).not.toContain('left-1');
  });

  it('gives the same answers after most items are removed (compaction)', () => {
    const index = indexOf(storyWithBackground());
    const before = index.related(bridgeQuery);
    const extra = backgroundItems(400).map((item) => ({ ...item, id: `extra-${item.id}` }));
    index.add(extra);
    index.remove(extra.map((item) => item.id));
    expect(index.related(bridgeQuery)).toEqual(before);
  });
});

describe('the items answers carry', () => {
  it('keeps what the framing reads (summary, text, outlet) but not a stored item’s extras', () => {
    const stored = storyPool.map((item) => ({
      ...item,
      text: `${item.summary ?? ''} Full text.`,
      feedUrl: 'https://example.org/feed.xml',
      fetchedAt: '2026-03-10T23:00:00Z',
    }));
    const index = indexOf([...stored, ...backgroundItems(300)]);
    const left = index.related(bridgeQuery).find((match) => match.id === 'left-1')!;
    const { feedUrl: _feed, fetchedAt: _fetched, ...own } = stored.find((item) => item.id === 'left-1')!;
    expect(left.item).toEqual(own);
    const restored = restoreStoryIndex(structuredClone(index.snapshot()));
    expect(restored.related(bridgeQuery).find((match) => match.id === 'left-1')!.item).toEqual(own);
  });
});

describe('the answers', () => {
  it('carry their items into copies and messages, even once the index has dropped them', () => {
    const index = indexOf(storyWithBackground());
    const answers = index.nearby(bridgeQuery, 3);
    const own = (id: string) => storyWithBackground().find((item) => item.id === id);
    // Most items gone: the index is rebuilt (compacted), then grows again.
    const story = new Set(storyPool.map((item) => item.id));
    const background = storyWithBackground().filter((item) => !story.has(item.id));
    index.remove([...answers.map((answer) => answer.id), ...background.map((item) => item.id)]);
    index.add(backgroundItems(200).map((item) => ({ ...item, id: `more-${item.id}` })));
    for (const answer of structuredClone(answers)) expect(answer.item).toEqual(own(answer.id));
    expect(JSON.parse(JSON.stringify(answers[0])).item).toEqual(own(answers[0]!.id));
  });
});

describe('snapshot and restore', () => {
  it('restores an index that answers exactly as the original', () => {
    const index = indexOf(storyWithBackground());
    const snapshot = structuredClone(index.snapshot());
    const restored = restoreStoryIndex(snapshot);
    expect(restored.size).toBe(index.size);
    expect(restored.related(bridgeQuery)).toEqual(index.related(bridgeQuery));
    restored.add([{ ...storyItem('center-1'), id: 'center-again', url: 'https://example.org/again' }]);
    expect(ids(restored.related(bridgeQuery))).toContain('center-again');
  });

  it('leaves removed items out of the snapshot', () => {
    const index = indexOf(storyWithBackground());
    index.remove(['left-1']);
    const restored = restoreStoryIndex(index.snapshot());
    expect(restored.has('left-1')).toBe(false);
    expect(ids(restored.related(bridgeQuery))).not.toContain('left-1');
  });

  it('rebuilds from the items when the snapshot was built with other settings', () => {
    const index = indexOf(storyWithBackground());
    const snapshot = { ...index.snapshot(), features: '["old"]' };
    expect(restoreStoryIndex(snapshot).related(bridgeQuery)).toEqual(index.related(bridgeQuery));
  });

  it('refuses a damaged snapshot with a clear error', () => {
    const snapshot = indexOf(storyWithBackground()).snapshot();
    expect(() => restoreStoryIndex(null)).toThrow(/not usable: not an object/);
    expect(() => restoreStoryIndex({ ...snapshot, format: 'x' })).toThrow(/unknown format/);
    expect(() =>
      restoreStoryIndex({ ...snapshot, docs: new Int32Array(snapshot.docs.length).fill(1e6) }),
    ).toThrow(/points past the items/);
    expect(() => restoreStoryIndex({ ...snapshot, norms: new Float32Array(1) })).toThrow(/bad norms/);
    expect(() => restoreStoryIndex({ ...snapshot, days: undefined })).toThrow(/bad days/);
    expect(() => restoreStoryIndex({ ...snapshot, starts: snapshot.starts.slice(1) })).toThrow(
      /not usable: text starts and items disagree/,
    );
  });

  it('refuses a snapshot of the format before coded texts, whose items held their headlines', () => {
    const snapshot = indexOf(storyWithBackground()).snapshot();
    const items = snapshot.items.map((item, doc) => ({ ...item, title: `headline ${doc}` }));
    expect(() => restoreStoryIndex({ ...snapshot, items, format: 'parallax-story-index/2' })).toThrow(
      /unknown format/,
    );
  });

  it('refuses a snapshot of the earlier format, which held whole stored items and no days', () => {
    const { days: _days, ...snapshot } = indexOf(storyWithBackground()).snapshot();
    expect(() => restoreStoryIndex({ ...snapshot, format: 'parallax-story-index/1' })).toThrow(
      /unknown format/,
    );
  });
});
