import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../../../utils/article';
import { loadLayeredOutlets } from '../../../utils/background/layered-outlets';
import { createOutletDirectory, type OutletDirectory } from '../../../utils/background/outlet-directory';
import { StoryCoverage } from '../../../utils/background/story-coverage';
import {
  createWiderSearch,
  isFromWiderSearch,
  keyTerms,
  otherOutletCount,
  WIDER_SEARCH,
} from '../../../utils/background/wider-search';
import type { CoverageItem } from '../../../utils/coverage/item';
import { openParallaxDb } from '../../../utils/db';
import { analyzeStory } from '../../../utils/framing/analyze-story';
import type { CoverageArticle } from '../../../utils/framing/report';
import type { CoverageState } from '../../../utils/messages';

const article: ExtractedArticle = {
  url: 'https://www.cnn.com/2026/01/02/politics/senate-budget-vote?utm_source=reader-42',
  title: 'Senate passes $1.2 trillion budget after overnight vote',
  byline: 'Jane Doe',
  siteName: 'CNN',
  publishedTime: '2026-01-02T08:00:00Z',
  modifiedTime: null,
  lang: 'en',
  excerpt:
    'The Senate passed a $1.2 trillion budget early Friday after an overnight vote led by Chuck Schumer.',
  text: 'The Senate passed a $1.2 trillion budget early Friday after an overnight vote, sending it to the House. Majority leader Chuck Schumer said the vote showed the chamber could still govern.',
  canonicalUrl: 'https://www.cnn.com/2026/01/02/politics/senate-budget-vote',
  publisher: 'CNN',
  isArticle: true,
};

/** Other stories in the cache: the background the matcher's word weights are read against. */
const background: CoverageItem[] = [
  ['storm', 'Storm floods coastal towns', 'Heavy rain flooded streets in three coastal towns.'],
  ['court', 'Supreme Court hears voting rights case', 'Justices weighed a challenge to district maps.'],
  ['fed', 'Federal Reserve holds interest rates steady', 'The central bank kept rates unchanged.'],
  ['quake', 'Earthquake shakes southern Japan', 'A magnitude 6 quake struck off the coast.'],
  ['film', 'Festival opens with a new documentary', 'The film follows a family of farmers.'],
].map(([id, title, summary]) => ({
  id: `https://www.npr.org/${id}`,
  url: `https://www.npr.org/${id}`,
  title: title!,
  summary: summary!,
  published: '2026-01-02T06:00:00Z',
  source: 'npr',
}));

const foxReport: CoverageItem = {
  id: 'https://www.foxnews.com/politics/senate-budget',
  url: 'https://www.foxnews.com/politics/senate-budget',
  title: 'Senate approves $1.2 trillion budget in overnight vote',
  summary: 'The Senate passed the $1.2 trillion budget Friday, sending it to the House.',
  published: '2026-01-02T07:00:00Z',
  source: 'fox-news',
};

const gdeltAnswer = {
  articles: [
    {
      url: 'https://www.nytimes.com/2026/01/02/us/politics/senate-budget.html',
      title: 'Senate Passes $1.2 Trillion Budget in Overnight Vote',
      seendate: '20260102T071500Z',
      domain: 'nytimes.com',
      language: 'English',
    },
    {
      url: 'https://www.wsj.com/politics/senate-budget-overnight-vote',
      title: 'Overnight Senate vote passes $1.2 trillion budget, Schumer says',
      seendate: '20260102T073000Z',
      domain: 'wsj.com',
      language: 'English',
    },
    {
      // Another story entirely, as a keyword search brings back.
      url: 'https://www.reuters.com/world/storm-coastal-towns',
      title: 'Coastal towns clean up after storm floods streets',
      seendate: '20260102T060000Z',
      domain: 'reuters.com',
      language: 'English',
    },
    {
      // The same story from a site no dataset rates.
      url: 'https://budget-news-aggregator.example/senate-vote',
      title: 'Senate passes $1.2 trillion budget after overnight vote',
      seendate: '20260102T080000Z',
      domain: 'budget-news-aggregator.example',
      language: 'English',
    },
    {
      // The cache already holds this one.
      url: foxReport.url,
      title: foxReport.title,
      seendate: '20260102T070000Z',
      domain: 'foxnews.com',
      language: 'English',
    },
  ],
};

let directory: OutletDirectory;

beforeAll(async () => {
  directory = createOutletDirectory(await loadLayeredOutlets(await openParallaxDb('wider-search')));
});

function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
}

function setup(options: { enabled?: boolean; fetch?: typeof fetch; cached?: CoverageItem[] } = {}) {
  let time = Date.parse('2026-01-02T09:00:00Z');
  const fetch = vi.fn<typeof globalThis.fetch>(options.fetch ?? (async () => jsonResponse(gdeltAnswer)));
  const coverage = new StoryCoverage(analyzeStory, () => new Date(time));
  coverage.itemsChanged({
    added: [...background, ...(options.cached ?? [foxReport])],
    removed: [],
    revisions: [],
  });
  coverage.refreshed('2026-01-02T08:30:00Z');
  const wider = createWiderSearch({
    fetch,
    enabled: async () => options.enabled ?? true,
    now: () => time,
    timeoutMs: 200,
  });
  const outlet = directory.summaryOfPage({ url: article.url });
  const ask = (): Promise<CoverageState> => {
    const local = coverage.coverageFor(article, outlet, directory);
    return wider.widen(article, local, directory, (extra) =>
      coverage.coverageFor(article, outlet, directory, extra),
    );
  };
  return { fetch, coverage, ask, advance: (ms: number) => (time += ms), outlet };
}

function articlesOf(state: CoverageState): CoverageArticle[] {
  if (state.status !== 'ready') return [];
  const { coverage, unrated } = state.report;
  return [...coverage.left, ...coverage.center, ...coverage.right, ...unrated];
}

describe('wider search', () => {
  it('is never called when the setting is off, and the coverage is the cache’s alone', async () => {
    const { fetch, ask, coverage, outlet } = setup({ enabled: false });
    const state = await ask();
    expect(fetch).not.toHaveBeenCalled();
    expect(state).toEqual(coverage.coverageFor(article, outlet, directory));
    expect(state.wider).toBeUndefined();
  });

  it('is not called when the cache already has enough other outlets on the story', async () => {
    const sameStory = ['reuters.com', 'npr.org', 'wsj.com'].map((domain, i) => ({
      ...foxReport,
      id: `https://www.${domain}/senate-budget`,
      url: `https://www.${domain}/senate-budget`,
      title: [
        'Senate passes $1.2 trillion budget in overnight vote',
        'Overnight Senate vote passes $1.2 trillion budget',
        'Senate approves $1.2 trillion budget after night vote',
      ][i]!,
      source: domain,
    }));
    const { fetch, ask } = setup({ cached: [foxReport, ...sameStory] });
    const state = await ask();
    expect(otherOutletCount(state)).toBeGreaterThanOrEqual(WIDER_SEARCH.minOutlets);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('with few matches, asks GDELT once for the key terms only: no URL, no text, no cookies, no referrer', async () => {
    const { fetch, ask } = setup();
    await ask();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [requested, init] = fetch.mock.calls[0]!;
    const url = new URL(String(requested));
    expect(url.origin + url.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect([...url.searchParams.keys()].sort()).toEqual([
      'format',
      'maxrecords',
      'mode',
      'query',
      'sort',
      'timespan',
    ]);
    expect(url.searchParams.get('mode')).toBe('artlist');
    expect(url.searchParams.get('format')).toBe('json');
    const query = url.searchParams.get('query')!;
    expect(query.split(/\s+/).length).toBeLessThanOrEqual(6);
    expect(query).toMatch(/Senate/);
    // Nothing of the page's address, and nothing beyond the headline and lead.
    for (const leak of ['cnn', 'politics', 'reader-42', 'utm', 'govern', 'chamber', 'Doe'])
      expect(String(requested).toLowerCase()).not.toContain(leak.toLowerCase());
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('merges only the results the matcher accepts, from outlets a dataset knows, marked as wider search', async () => {
    const { ask, coverage, outlet } = setup();
    const before = coverage.size;
    const local = coverage.coverageFor(article, outlet, directory);
    expect(otherOutletCount(local)).toBe(1);

    const state = await ask();
    const found = articlesOf(state);
    const wider = found.filter(isFromWiderSearch);
    expect(wider.map((entry) => entry.outlet?.id).sort()).toEqual(['nytimes', 'wsj']);
    expect(state.wider).toEqual({ added: 2 });
    // The cached Fox report stays, once, as the cache's own; the storm story and the unrated site are dropped.
    expect(found.filter((entry) => entry.outlet?.id === 'fox-news').map((entry) => entry.id)).toEqual([
      foxReport.id,
    ]);
    expect(found.some((entry) => entry.url?.includes('storm'))).toBe(false);
    expect(found.some((entry) => entry.url?.includes('aggregator'))).toBe(false);
    expect(otherOutletCount(state)).toBe(3);
    // Nothing wider search found is kept in the cache.
    expect(coverage.size).toBe(before);
    expect(coverage.coverageFor(article, outlet, directory)).toEqual(local);
  });

  it('does not ask again when the popup reopens on the story, but does once the answer is old', async () => {
    const { fetch, ask, advance } = setup();
    await ask();
    await ask();
    expect(fetch).toHaveBeenCalledTimes(1);
    advance(WIDER_SEARCH.cacheMs + 1);
    await ask();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks when the cache has nothing on the story at all', async () => {
    const { fetch, ask } = setup({ cached: [] });
    const state = await ask();
    expect(fetch).toHaveBeenCalledTimes(1);
    // With nothing cached, GDELT's Fox report is new too.
    expect(
      articlesOf(state)
        .map((entry) => entry.outlet?.id)
        .sort(),
    ).toEqual(['fox-news', 'nytimes', 'wsj']);
    expect(state.wider).toEqual({ added: 3 });
  });

  const failures: [string, typeof fetch][] = [
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['an HTTP error', async () => jsonResponse('busy', { status: 503 })],
    [
      'a plain-text error page',
      async () => jsonResponse('Your search contained a keyword that was too short.'),
    ],
    ['JSON that is no article list', async () => jsonResponse({ articles: 'none' })],
    ['an answer too large', async () => jsonResponse(' '.repeat(2_000_000))],
    [
      'no answer in time',
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    ],
  ];
  for (const [name, failing] of failures) {
    it(`after ${name}, shows the cache’s coverage unchanged with a quiet note`, async () => {
      const { ask, coverage, outlet } = setup({ fetch: failing });
      const local = coverage.coverageFor(article, outlet, directory);
      const state = await ask();
      expect(state).toEqual({ ...local, wider: { failed: true } });
    });
  }

  it('does not retry a failed ask at once, but does a little later', async () => {
    const { fetch, ask, advance } = setup({ fetch: async () => jsonResponse('down', { status: 500 }) });
    await ask();
    await ask();
    expect(fetch).toHaveBeenCalledTimes(1);
    advance(WIDER_SEARCH.failureCacheMs + 1);
    await ask();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says when GDELT found nothing more on the story', async () => {
    const { ask, coverage, outlet } = setup({ fetch: async () => jsonResponse({}) });
    const local = coverage.coverageFor(article, outlet, directory);
    expect(await ask()).toEqual({ ...local, wider: { added: 0 } });
  });
});

describe('keyTerms', () => {
  it('takes names first (no weekdays), then the headline’s words, six words at most', () => {
    const terms = keyTerms(article);
    expect(terms[0]).toBe('Senate');
    expect(terms).toContain('Chuck Schumer');
    expect(terms).not.toContain('Friday');
    expect(terms.join(' ').split(' ').length).toBeLessThanOrEqual(6);
    expect(terms.length).toBeLessThanOrEqual(WIDER_SEARCH.maxTerms);
  });

  it('prefers the words the article repeats over the headline’s verbs', () => {
    const terms = keyTerms({
      title: 'Harbor council approves new ferry terminal after long debate',
      excerpt: 'The Harbor council voted on Tuesday to approve a new ferry terminal on the east pier.',
      text: 'The Harbor council voted on Tuesday to approve a new ferry terminal. The terminal will replace the old ferry dock. The council said the terminal opens in 2028.',
    });
    expect(terms).toEqual(['Harbor', 'terminal', 'council', 'ferry']);
  });

  it('reads only the headline and lead, never the rest of the body', () => {
    const terms = keyTerms({
      title: 'Flood warning issued',
      excerpt: null,
      text: `${'word '.repeat(100)}Zanzibar`,
    });
    expect(terms.join(' ')).not.toContain('Zanzibar');
  });
});
