/**
 * Wider coverage, opt-in and off by default: when the cached feeds hold few other outlets'
 * reports of the reader's story, GDELT is asked for articles on the story's key terms (never the
 * page's URL or text). Its answers go through the same story matcher as cached items, so unrelated
 * results are dropped, and are merged into the coverage with ids that mark where they came from.
 * Any failure leaves the cached coverage exactly as it was, with a quiet note.
 */
import type { ExtractedArticle } from '../article';
import type { CoverageItem } from '../coverage/item';
import { buildGdeltRequest, fetchGdelt, type GdeltArticle } from '../feeds/gdelt';
import type { CoverageArticle } from '../framing/report';
import { contentWords, entities, fold } from '../matching/text';
import type { CoverageState } from '../messages';
import type { OutletDirectory } from './outlet-directory';

export const WIDER_SEARCH = {
  /** Asked only when the cache has fewer other outlets on the story than this. */
  minOutlets: 3,
  /** At most this many terms, of at most this many words in all (the options page says "up to 6"). */
  maxTerms: 4,
  maxWords: 6,
  /** Reopening the popup on the same story does not ask again within this time. */
  cacheMs: 15 * 60_000,
  /** A failed ask is not repeated at once either: GDELT may be down, or the reader offline. */
  failureCacheMs: 2 * 60_000,
  maxCachedStories: 32,
} as const;

/** The id prefix of items found by wider search: the popup marks them by it. */
export const WIDER_ID_PREFIX = 'wider:';

export function isFromWiderSearch(article: Pick<CoverageArticle, 'id'>): boolean {
  return article.id.startsWith(WIDER_ID_PREFIX);
}

/** Days and months are capitalised but say nothing of the story. */
const CALENDAR =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The story's key terms, most telling first: the names in its headline (then its lead), then the
 * headline's other words. Terms come only from the headline and lead (what any outlet's report of
 * the story says); the body only ranks them.
 */
export function keyTerms(article: Pick<ExtractedArticle, 'title' | 'excerpt' | 'text'>): string[] {
  const title = article.title?.trim() ?? '';
  const lead = (article.excerpt ?? article.text ?? '').slice(0, 400);
  const terms: string[] = [];
  const taken = new Set<string>();
  let wordCount = 0;
  const offer = (term: string) => {
    const parts = term.split(/\s+/).filter(Boolean);
    const folded = parts.map(fold);
    if (terms.length >= WIDER_SEARCH.maxTerms || wordCount + parts.length > WIDER_SEARCH.maxWords) return;
    if (folded.every((part) => taken.has(part))) return;
    terms.push(term);
    wordCount += parts.length;
    for (const part of folded) taken.add(part);
  };
  // The names in the headline, then those the article repeats most; two at most, since GDELT
  // wants every term and several names together find little beyond the reader's own article.
  const inTitle = new Set(entities(title, { headline: true }));
  const body = `${title} ${article.text ?? lead}`;
  const mentions = (name: string) => body.split(name).length - 1;
  const wordCounts = new Map<string, number>();
  for (const word of contentWords(body)) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  const names = [...new Set([...inTitle, ...entities(lead)])]
    .filter((name) => name.length > 2 && name.split(/\s+/).length <= 3 && !CALENDAR.test(name))
    .map((name, order) => ({ name, order, rank: (inTitle.has(name) ? 1000 : 0) + mentions(name) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  for (const { name } of names.slice(0, 2)) offer(name);
  // Then the headline's words the article repeats most: its subject, not its verbs ("approves", "new").
  const headlineWords = [...new Set(contentWords(title))]
    .map((word, order) => ({ word, order, rank: wordCounts.get(word) ?? 0 }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  for (const { word } of headlineWords) offer(word);
  return terms;
}

/** Other outlets (not the reader's) in a coverage state. */
export function otherOutletCount(state: CoverageState): number {
  if (state.status !== 'ready') return 0;
  const { report } = state;
  const own = report.article.outlet?.id;
  const outlets = new Set<string>();
  for (const article of [
    ...report.coverage.left,
    ...report.coverage.center,
    ...report.coverage.right,
    ...report.unrated,
  ]) {
    const key = article.outlet?.id ?? article.url ?? article.id;
    if (key !== own) outlets.add(key);
  }
  return outlets.size;
}

function countWider(state: CoverageState): number {
  if (state.status !== 'ready') return 0;
  const { coverage, unrated } = state.report;
  return [...coverage.left, ...coverage.center, ...coverage.right, ...unrated].filter(isFromWiderSearch)
    .length;
}

function toItem(article: GdeltArticle): CoverageItem {
  const item: CoverageItem = {
    id: `${WIDER_ID_PREFIX}${article.url}`,
    url: article.url,
    title: article.title,
    source: article.domain,
  };
  if (article.published) item.published = article.published;
  if (article.lang) item.lang = article.lang;
  return item;
}

export interface WiderSearchDeps {
  fetch: typeof fetch;
  /** The reader's setting, read on every ask: turned off, nothing is ever sent. */
  enabled(): Promise<boolean>;
  now?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * Recomputes the coverage with extra items matched alongside the cached ones (the same matcher,
 * the same thresholds): `StoryCoverage.coverageFor` with its `extra` argument.
 */
export type Rematch = (extra: CoverageItem[]) => CoverageState;

export interface WiderSearch {
  widen(
    article: ExtractedArticle,
    local: CoverageState,
    directory: OutletDirectory,
    rematch: Rematch,
  ): Promise<CoverageState>;
}

type Answer = { ok: true; items: GdeltArticle[] } | { ok: false };

export function createWiderSearch(deps: WiderSearchDeps): WiderSearch {
  const now = deps.now ?? Date.now;
  // Keyed by the request URL, which holds the key terms only; the promise, so two popups share one ask.
  const cache = new Map<string, { until: number; answer: Promise<Answer> }>();

  const ask = (url: string): Promise<Answer> => {
    const time = now();
    for (const [key, entry] of cache) if (entry.until <= time) cache.delete(key);
    const cached = cache.get(url);
    if (cached) return cached.answer;
    const entry = { until: time + WIDER_SEARCH.cacheMs } as { until: number; answer: Promise<Answer> };
    entry.answer = fetchGdelt(url, {
      fetch: deps.fetch,
      timeoutMs: deps.timeoutMs,
      maxBytes: deps.maxBytes,
    }).then(
      ({ items }) => ({ ok: true, items }),
      () => {
        entry.until = now() + WIDER_SEARCH.failureCacheMs;
        return { ok: false };
      },
    );
    cache.set(url, entry);
    while (cache.size > WIDER_SEARCH.maxCachedStories) cache.delete(cache.keys().next().value!);
    return entry.answer;
  };

  return {
    async widen(article, local, directory, rematch) {
      // Still loading: the first refresh has not run, and the cache will soon answer for itself.
      if (local.status === 'loading' || otherOutletCount(local) >= WIDER_SEARCH.minOutlets) return local;
      if (!(await deps.enabled().catch(() => false))) return local;
      const url = buildGdeltRequest({ terms: keyTerms(article) });
      if (!url) return local;
      const answer = await ask(url);
      if (!answer.ok) return { ...local, wider: { failed: true } };
      // Only outlets a dataset knows: a lean is what the report is about, and GDELT also lists
      // content farms and aggregators no one has rated.
      const items = answer.items.map(toItem).filter((item) => directory.summaryOfItem(item) !== null);
      if (!items.length) return { ...local, wider: { added: 0 } };
      let merged: CoverageState;
      try {
        merged = rematch(items);
      } catch {
        return { ...local, wider: { failed: true } };
      }
      const added = countWider(merged);
      return added ? { ...merged, wider: { added } } : { ...local, wider: { added: 0 } };
    },
  };
}
