import { describe, expect, it } from 'vitest';
import type { CoverageItem } from '../../../utils/coverage/item';
import { packFields } from '../../../utils/matching/packed-fields';
import { packStrings, StringList } from '../../../utils/matching/packed-strings';
import {
  createStoryIndex,
  restoreStoryIndex,
  restoringStoryIndex,
} from '../../../utils/matching/story-index';
import { backgroundItems } from '../../fixtures/matching/background';
import {
  BRIDGE_VOTE_IDS,
  bridgeQuery,
  storyItem,
  storyPool,
  storyWithBackground,
} from '../../fixtures/matching/story';
import { unpackFields } from '../../helpers/unpack-fields';

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

describe('createStoryIndex().related on a same-issue story two days earlier', () => {
  // The reader's article is in the cache too (its feed item), as it usually is. Three reports of
  // the earlier story echo each other far more than the query; the query finds one above the
  // relative floor and two under it.
  const article = {
    url: 'https://example.org/ortiz-brother',
    title: 'Mayor Ortiz criticised by her brother over the stadium tax',
    published: '2026-06-11T20:00:00Z',
  };
  const query: CoverageItem = {
    ...article,
    id: 'query',
    text: "Luis Ortiz, the mayor's younger brother, said on Friday that Mayor Ana Ortiz was wrong to back the stadium tax, and that she had turned her back on the neighbourhood they grew up in. The mayor said she loved her brother but would not change her stance on the stadium tax, which the state treasury used this week to grant its first credit to the Gulls owners.",
  };
  const credit = (id: string, title: string, summary: string, published: string) => ({
    id,
    title,
    summary,
    published,
  });
  const pool: CoverageItem[] = [
    ...backgroundItems(300),
    {
      ...article,
      id: 'own-feed-item',
      summary:
        "Luis Ortiz, the mayor's younger brother, said on Friday that Mayor Ana Ortiz was wrong to back the stadium tax.",
    },
    {
      id: 'brother',
      title: 'Luis Ortiz turns on his sister the mayor',
      summary:
        'Mayor Ana Ortiz was blasted on Friday by her brother Luis, who called her support for the stadium tax a betrayal.',
      published: '2026-06-12T09:00:00Z',
    },
    credit(
      'credit-1',
      'State treasury grants stadium tax credit to team owners',
      'The state treasury on Tuesday granted a stadium tax credit worth $40 million to the owners of the Harbor City Gulls, the first under the new law.',
      '2026-06-09T15:00:00Z',
    ),
    credit(
      'credit-2',
      'Team owners win $40 million stadium tax credit from the state',
      'Owners of the Harbor City Gulls won a $40 million stadium tax credit from the state treasury on Tuesday, the first paid under the stadium tax.',
      '2026-06-09T17:00:00Z',
    ),
    credit(
      'credit-3',
      'Treasury approves first credit under new stadium law',
      'The treasury approved the first credit under the stadium law on Tuesday, a $40 million break for the Gulls owners.',
      '2026-06-09T18:00:00Z',
    ),
  ];

  it('leaves the earlier story out, though the query found all its reports', () => {
    const index = indexOf(pool);
    expect(ids(index.nearby(query, 4))).toEqual(['brother', 'credit-1', 'credit-2', 'credit-3']);
    expect(ids(index.related(query))).toEqual(['brother']);
  });

  it('is the link floor’s doing: without it a faint report of the earlier story joins', () => {
    // The faint report's nearest past the undecided ones is the reader's own article.
    const lenient = createStoryIndex({ params: { faintLinkFloor: 0 } });
    lenient.add(pool);
    expect(ids(lenient.related(query))).toEqual(['brother', 'credit-3']);
  });

  it('and the news cycle’s: were rivals of any day not held against a report, the whole earlier story would join', () => {
    // credit-1 is above the relative floor, and nearer to credit-2 and credit-3 than to the
    // query: they were found by the query too, but two days before it.
    const lenient = createStoryIndex({ params: { faintLinkFloor: 0, newsCycleHours: 24 * 365 } });
    lenient.add(pool);
    expect(ids(lenient.related(query))).toEqual(['brother', 'credit-1', 'credit-2', 'credit-3']);
  });
});

describe('createStoryIndex().related on a report of the same person but another event', () => {
  // Rare names say who, the everyday words say what happened: the query shares two rare words
  // (the senator's name) with a report of another event and four everyday ones (resign, budget,
  // vote, senator), found in many other stories, with a report of its own.
  const towns = [
    'Alder',
    'Birch',
    'Cedar',
    'Dune',
    'Elm',
    'Fern',
    'Glen',
    'Hollow',
    'Iris',
    'Juniper',
    'Kestrel',
    'Linden',
  ];
  const bodies = ['council', 'assembly', 'board', 'senate', 'committee', 'cabinet'];
  const everyday: CoverageItem[] = towns.flatMap((town, i) => [
    {
      id: `vote-${i}`,
      title: `${town} ${bodies[i % 6]} loses budget vote`,
      summary: `The ${town} ${bodies[(i + 1) % 6]} lost a budget vote on its spending plan.`,
    },
    {
      id: `quit-${i}`,
      title: `${town} ${bodies[(i + 2) % 6]} chair resigns`,
      summary: `The chair of the ${town} ${bodies[(i + 3) % 6]} resigned, ending a long tenure.`,
    },
  ]);
  const pool: CoverageItem[] = [
    ...backgroundItems(300),
    ...everyday,
    {
      id: 'same-event',
      title: 'Senator quits after defeat on budget vote',
      summary: 'A senator resigned on Thursday, hours after losing a budget vote that had split the chamber.',
    },
    {
      id: 'same-person',
      title: 'Hallvard Quist opens a vineyard',
      summary:
        'Hallvard Quist poured the first wine at his family vineyard near the coast, with neighbours and old friends.',
    },
  ];
  const query: CoverageItem = {
    id: 'query',
    title: 'Senator Hallvard Quist resigns after losing budget vote',
    text: 'Senator Hallvard Quist resigned on Thursday, hours after losing a budget vote that split the chamber.',
  };

  it('finds the report of the event and leaves out the one that only names the same person', () => {
    expect(ids(indexOf(pool).related(query))).toEqual(['same-event']);
  });

  it('is the damped rarity’s doing: weighing rarity in full, the name alone brings the other event', () => {
    const fullRarity = createStoryIndex({ params: { idfPower: 1 } });
    fullRarity.add(pool);
    expect(ids(fullRarity.related(query))).toEqual(['same-event', 'same-person']);
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

  it('changes a restored index as the original, and snapshots it again the same', () => {
    const original = indexOf(storyWithBackground());
    const restored = restoreStoryIndex(structuredClone(original.snapshot()));
    for (const item of storyWithBackground()) expect(restored.has(item.id)).toBe(true);
    expect(restored.has('not-indexed')).toBe(false);
    // Its term lists are read from the snapshot as it needs them: a query, a removal and an
    // addition each read some; the norms and the next snapshot read them all.
    expect(restored.related(bridgeQuery)).toEqual(original.related(bridgeQuery));
    const more = backgroundItems(40).map((item) => ({ ...item, id: `more-${item.id}` }));
    for (const index of [original, restored]) {
      index.remove(['left-1', 'center-1']);
      index.add(more);
    }
    expect(restored.related(bridgeQuery)).toEqual(original.related(bridgeQuery));
    expect(restored.nearby(bridgeQuery, 20)).toEqual(original.nearby(bridgeQuery, 20));
    expect(restored.snapshot()).toEqual(original.snapshot());
    expect(restored.has('left-1')).toBe(false);
    expect(restored.has(more[0]!.id)).toBe(true);
    // An item removed and added again is found again, as the one added.
    const left = storyWithBackground().find((item) => item.id === 'left-1')!;
    for (const index of [original, restored]) index.add([left]);
    expect(restored.has('left-1')).toBe(true);
    expect(ids(restored.related(bridgeQuery))).toContain('left-1');
    expect(restored.related(bridgeQuery)).toEqual(original.related(bridgeQuery));
  });

  it('restores in steps the same index as at once', () => {
    const index = indexOf(storyWithBackground());
    const snapshot = structuredClone(index.snapshot());
    const steps = restoringStoryIndex(snapshot);
    let step = steps.next();
    let count = 1;
    for (; !step.done; count++) step = steps.next();
    expect(count).toBeGreaterThan(2);
    expect(step.value.related(bridgeQuery)).toEqual(restoreStoryIndex(snapshot).related(bridgeQuery));
    expect(step.value.snapshot()).toEqual(index.snapshot());
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
    // Out of order, a term would not be found by the restored index.
    const terms = new StringList(snapshot.terms, 'terms').all();
    expect(() => restoreStoryIndex({ ...snapshot, terms: packStrings(terms.reverse()) })).toThrow(
      /not usable: terms not sorted/,
    );
    expect(() => restoreStoryIndex({ ...snapshot, terms: { ...snapshot.terms, ends: [] } })).toThrow(
      /not usable: terms missing/,
    );
    // Items are found by their ids in order: out of order (or one there twice), one would be lost.
    const items = unpackFields(snapshot.fields, (name) => name);
    expect(() => restoreStoryIndex({ ...snapshot, fields: packFields([...items].reverse()) })).toThrow(
      /not usable: item ids repeated or out of order/,
    );
    const twice = items.map((item, doc) => (doc === 1 ? { ...item, id: items[0]!.id } : item));
    expect(() => restoreStoryIndex({ ...snapshot, fields: packFields(twice) })).toThrow(
      /not usable: item ids repeated or out of order/,
    );
    expect(() => restoreStoryIndex({ ...snapshot, byId: new Int32Array(items.length) })).toThrow(
      /not usable: bad id order/,
    );
  });

  it('refuses a snapshot of the format that kept terms and spellings as arrays, so the worker rebuilds', () => {
    const snapshot = indexOf(storyWithBackground()).snapshot();
    const arrays = {
      ...snapshot,
      format: 'parallax-story-index/4',
      terms: new StringList(snapshot.terms, 'terms').all(),
      spellings: new StringList(snapshot.spellings, 'spellings').all(),
      gaps: new StringList(snapshot.gaps, 'gaps').all(),
    };
    expect(() => restoreStoryIndex(arrays)).toThrow(/unknown format/);
  });

  it('refuses a snapshot of the formats that kept each item as an object, so the worker rebuilds', () => {
    const { fields, ...snapshot } = indexOf(storyWithBackground()).snapshot();
    const items = unpackFields(fields, (name) => name);
    expect(() => restoreStoryIndex({ ...snapshot, items, format: 'parallax-story-index/3' })).toThrow(
      /unknown format/,
    );
    const headlined = items.map((item, doc) => ({ ...item, title: `headline ${doc}` }));
    expect(() =>
      restoreStoryIndex({ ...snapshot, items: headlined, format: 'parallax-story-index/2' }),
    ).toThrow(/unknown format/);
  });

  it('refuses a snapshot of the earlier format, which held whole stored items and no days', () => {
    const { days: _days, ...snapshot } = indexOf(storyWithBackground()).snapshot();
    expect(() => restoreStoryIndex({ ...snapshot, format: 'parallax-story-index/1' })).toThrow(
      /unknown format/,
    );
  });
});

describe('searches that stop early', () => {
  // Many overlapping stories (shared common words, each story its own names), some undated or in
  // another language: a search meets far more candidates than it answers, so the bounds that let
  // it drop documents early are exercised.
  const next = (() => {
    let state = 7;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  })();
  const word = (n: number) => `w${n.toString(36)}x`;
  const common = () => word(Math.floor(40 * 30 ** next()) - 40);
  const items: CoverageItem[] = [];
  for (let story = 0; items.length < 1500; story++) {
    const own = [`Name${story}a`, `Name${story}b`, word(900 + story), common(), common()];
    const text = (count: number) =>
      Array.from({ length: count }, () =>
        next() < 0.4 ? own[Math.floor(next() * own.length)] : common(),
      ).join(' ');
    const day = Date.UTC(2026, 0, 1 + Math.floor(next() * 12));
    for (let report = 0, reports = 1 + Math.floor(next() * 6); report < reports; report++) {
      const item: CoverageItem = {
        id: `s${story}-${report}`,
        title: text(8),
        summary: text(25),
        url: `https://outlet${report}.example/${story}`,
      };
      if (next() < 0.9) item.published = new Date(day + next() * 2 * 86_400_000).toISOString();
      if (next() < 0.05) item.lang = 'fr';
      items.push(item);
    }
  }
  // Every report of a few stories, as a feed item and as a page: their checks meet the same
  // candidates with different scores to beat.
  const queries = items
    .filter((item) => Number(item.id.slice(1, item.id.indexOf('-'))) % 40 === 0)
    .flatMap((item) => [
      { ...item, id: `query-${item.id}` },
      { ...item, id: `page-${item.id}`, text: `${item.summary} ${item.title}` },
    ]);

  it('ranks the best few exactly as the best of a long list', () => {
    const index = indexOf(items);
    for (const query of queries) {
      const long = index.nearby(query, 60);
      for (const limit of [1, 3, 6]) expect(index.nearby(query, limit)).toEqual(long.slice(0, limit));
    }
  });

  it('answers each query alike whichever queries came before (neighbour searches are cached)', () => {
    const forward = indexOf(items);
    const answers = queries.map((query) => forward.related(query));
    expect(answers.flat().length).toBeGreaterThan(queries.length);
    // In reverse order the same candidates are first searched for other checks than before.
    const backward = indexOf(items);
    expect([...queries].reverse().map((query) => backward.related(query))).toEqual([...answers].reverse());
    // Again: every neighbour search now comes from the cache.
    expect(queries.map((query) => forward.related(query))).toEqual(answers);
    // And as a fresh index answers it.
    for (const [i, query] of queries.entries())
      if (i % 4 === 0) expect(indexOf(items).related(query)).toEqual(answers[i]);
  });
});
