/**
 * The story index: the cached coverage items in an inverted index, answering "which items are the
 * same story as this one?". Scores are TF-IDF cosines with the headline weighted up and names and
 * numbers boosted, read on the scale of the query's headline and lead (so a full article and a
 * feed item are judged alike); an answer must clear a calibrated threshold, be within a share of
 * the best answer (stories on one issue share words, the same story shares more), and fall within
 * a window around the query's date when both are dated.
 */
import type { CoverageItem } from '../coverage/item';
import { Candidates, NO_DAY } from './candidates';
import { DocCache } from './doc-cache';
import {
  combined,
  combinedTerms,
  dayOf,
  dayOfTime,
  type ItemFeatures,
  itemFeatures,
  merged,
  primaryLanguage,
  type TermNumbers,
} from './features';
import { checkedStoredTexts, ItemStore, type LoadedTexts, type StoredTexts } from './item-store';
import { IdOrder } from './packed-fields';
import { type PackedStrings, packStrings, StringList } from './packed-strings';
import { DEFAULT_PARAMS, type MatchingParams } from './params';
import { grow, idf, PostingList } from './postings';
import { numberedTerm, numberTerm, termOf } from './text';
import { markWireCopies, sameWireStory, type WireShape, wireShape } from './wire';

export interface StoryMatch {
  id: string;
  /** 0…1, higher is surer. */
  score: number;
  item: CoverageItem;
  /** The id of the item this one is a syndicated copy of (same wire story), or null. */
  wireCopyOf: string | null;
}

export interface RelatedOptions {
  /** At most this many answers (default 200). */
  limit?: number;
}

export interface StoryIndex {
  readonly size: number;
  /** Adds items; an item whose id is already indexed replaces it. */
  add(items: CoverageItem[]): void;
  /** Removes items by id; unknown ids are ignored. */
  remove(ids: string[]): void;
  has(id: string): boolean;
  /** The same-story items, best first: exactly what the popup shows. */
  related(query: CoverageItem, options?: RelatedOptions): StoryMatch[];
  /** The closest items by score with no same-story rule: candidates for "similar topics". */
  nearby(query: CoverageItem, limit: number): StoryMatch[];
  /** A compact structured-cloneable value (typed arrays) that `restoreStoryIndex` reads back. */
  snapshot(): StoryIndexSnapshot;
}

export interface StoryIndexSnapshot extends StoredTexts {
  format: typeof SNAPSHOT_FORMAT;
  /** The feature settings the postings were built with: a mismatch means rebuild from the items. */
  features: string;
  /** The terms in code unit order (as `<` sorts them), each once: a restored index looks one up by a binary search. */
  terms: PackedStrings;
  /** Postings of term i are at offsets[i]…offsets[i+1] of docs and weights. */
  offsets: Uint32Array;
  docs: Int32Array;
  weights: Float32Array;
  norms: Float32Array;
  /** Each item's day (as `dayOf`, undated: -2^31): reading dates again is a tenth of a cold start. */
  days: Int32Array;
  /** The items in the order of their ids (see `IdOrder`). */
  byId: Int32Array;
}

// 2: items kept slim (whole stored items before) and their days stored: a version 1 snapshot is
// refused, so the worker rebuilds from the stored items once.
// 3: headlines and summaries kept as coded words (`ItemStore`), not in the items.
// 4: the items' other fields packed (`PackedFields`), not one object an item.
// 5: the terms (sorted), spellings and gaps packed (`PackedStrings`), not arrays of strings; the
// items' order by id (`byId`).
const SNAPSHOT_FORMAT = 'parallax-story-index/5';
/** Neighbours read per candidate for the mutual rule: the query and a few wire copies may lead. */
const MUTUAL_NEIGHBOURS = 6;
/** Below this score two items are never near-identical: no need to compare their words. */
const COPY_SCORE = 0.5;
/**
 * Candidates come from the query's most telling terms (weight × idf): only this many lists can
 * bring new candidates; the rest only add to those found (a report of the same story shares some
 * of those words), which bounds the work for a long article.
 */
const SCAN_TERMS = 16;
/**
 * A score bound is taken this much larger before it rules a document out: sums add in float32,
 * each step rounding by a few parts in 10^8, and a bound must never drop a document that scores.
 */
const BOUND_SLACK = 1 + 1e-4;
/** Beyond this many answers asked, the last one's score is too low to rule out many documents. */
const SURE_LIMIT = 16;
/** Documents whose features and wire shape are kept for the neighbour searches (a few MB at most). */
const CACHED_DOCS = 4096;

const HOUR = 3_600_000;

/** An item near a candidate, as the mutual-neighbour rule reads it. */
interface Neighbour {
  id: string;
  url: string | undefined;
  score: number;
  doc: number;
}

let marks = 0;
function nextMark(): number {
  return ++marks;
}

function featureSignature(params: MatchingParams): string {
  const { titleWeight, leadWeight, bodyWeight, leadWords, entityBoost, numberBoost, idfPower } = params;
  // The norms (kept in the snapshot) follow the idf's power too.
  return JSON.stringify([titleWeight, leadWeight, bodyWeight, leadWords, entityBoost, numberBoost, idfPower]);
}

class InvertedStoryIndex implements StoryIndex {
  private readonly params: MatchingParams;
  /**
   * A restored index's terms, numbered in their sorted order: found by a binary search, so a
   * restore builds no table of tens of thousands of terms (a third of a cold start).
   */
  private restoredTerms: StringList | null = null;
  /** The terms numbered after the restored ones (all of them in an index never restored). */
  private readonly termIds = new Map<string, number>();
  private termNames: string[] = [];
  /** Marks the spellings whose term numbers this index (until it renumbers its terms) gave. */
  private mark = nextMark();
  /** Each term's postings; a restored term's made only once read (see `list`). */
  private lists: (PostingList | undefined)[] = [];
  /** The postings a snapshot gave, of the terms whose lists are not made yet. */
  private restored: Pick<StoryIndexSnapshot, 'offsets' | 'docs' | 'weights'> | null = null;
  /** The documents' items (see `ItemStore`). */
  private store = new ItemStore();
  /**
   * A restored index's items in the order of their ids: a document is found by a binary search, so
   * a restore builds no table of 50,000 ids (a fifth of a cold start).
   */
  private restoredIds: IdOrder | null = null;
  /** The documents added after the restored ones (all of them in an index never restored), by id. */
  private readonly addedDocs = new Map<string, number>();
  /** Outlet and language names, one string each (see `shared`). */
  private readonly names = new Map<string, string>();
  private days: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private langs: (string | null)[] = [];
  private live = new Uint8Array(0);
  private norms: Float32Array<ArrayBufferLike> = new Float32Array(0);
  private liveCount = 0;
  private normsStale = false;
  private readonly candidates = new Candidates();
  /** `sureOfBest`'s scores, reused. */
  private best = new Float64Array(0);
  /**
   * Each candidate's own nearest items, for the mutual-neighbour rule, and the score down to
   * which they are all ranked (see `firstNeighbour`); cleared when items change.
   */
  private readonly neighbours = new Map<number, { from: number; nearest: Neighbour[] }>();
  private readonly docFeatures = new DocCache<ItemFeatures>(CACHED_DOCS);
  private readonly docShapes = new DocCache<WireShape>(CACHED_DOCS);

  constructor(params: MatchingParams) {
    this.params = params;
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.docOf(id) !== undefined;
  }

  /** The live document of the item with id `id`, if any. */
  private docOf(id: string): number | undefined {
    const restored = this.restoredIds?.docOf(id) ?? -1;
    return restored >= 0 && this.live[restored] === 1 ? restored : this.addedDocs.get(id);
  }

  add(items: CoverageItem[]): void {
    if (this.liveCount > 0) {
      const replaced = items.filter((item) => this.has(item.id)).map((item) => item.id);
      if (replaced.length) this.remove(replaced);
    }
    this.days = grow(this.days, this.store.length + items.length);
    this.live = grow(this.live, this.store.length + items.length);
    // Postings of the whole batch first, then each term's list grown once. The batch's documents
    // are numbered in a row from `firstDoc`, their postings one after the other: where each
    // document's end is enough to know whose a posting is.
    const firstDoc = this.store.length;
    const docEnds = new Int32Array(items.length);
    let batchTerms = new Int32Array(1024);
    let batchWeights = new Float32Array(1024);
    let count = 0;
    for (const item of items) {
      if (this.has(item.id)) continue; // an id repeated within the batch: the first wins
      const doc = this.store.length;
      this.store.open();
      const { ids, weights, count: terms } = combinedTerms(item, this.params, this.termNumberOf, this.store);
      // A date kept as a time is read once (the store's check), not twice.
      const time = this.store.close(item, this.shared);
      this.addedDocs.set(item.id, doc);
      this.days[doc] = (Number.isNaN(time) ? dayOf(item.published) : dayOfTime(time)) ?? NO_DAY;
      this.langs[doc] = primaryLanguage(item.lang);
      this.live[doc] = 1;
      this.liveCount++;
      if (count + terms > batchTerms.length) {
        // Room for as many postings as the items read so far foretell for the whole batch (and an
        // eighth more): two or three large copies, not a doubling's dozen, each of which made the
        // garbage collector run for the memory it took.
        const foreseen = Math.ceil((((count + terms) / (doc - firstDoc + 1)) * items.length * 9) / 8);
        batchTerms = grow(batchTerms, Math.max(count + terms, foreseen));
        batchWeights = grow(batchWeights, batchTerms.length);
      }
      for (let i = 0; i < terms; i++, count++) {
        batchTerms[count] = ids[i]!;
        batchWeights[count] = weights[i]!;
      }
      docEnds[doc - firstDoc] = count;
    }
    // Sorted by term (a counting sort, so each term's documents stay in order) into one buffer,
    // whose parts new terms keep as they are: no list object or array touched per posting.
    const starts = new Int32Array(this.lists.length + 1);
    for (let i = 0; i < count; i++) starts[batchTerms[i]! + 1]!++;
    for (let term = 0; term < this.lists.length; term++) starts[term + 1]! += starts[term]!;
    const next = starts.slice(0, -1);
    const docs = new Int32Array(count);
    const weights = new Float32Array(count);
    for (let doc = firstDoc, i = 0; doc < this.store.length; doc++) {
      for (const end = docEnds[doc - firstDoc]!; i < end; i++) {
        const at = next[batchTerms[i]!]!++;
        docs[at] = doc;
        weights[at] = batchWeights[i]!;
      }
    }
    for (let term = 0; term < this.lists.length; term++) {
      const [start, end] = [starts[term]!, starts[term + 1]!];
      if (end > start) this.list(term).appendAll(docs.subarray(start, end), weights.subarray(start, end));
    }
    this.store.trim();
    this.forgetDerived();
    this.normsStale = true;
  }

  /** What was worked out from the documents and their idfs: stale once the items change. */
  private forgetDerived(): void {
    this.neighbours.clear();
    this.docFeatures.clear();
    this.docShapes.clear();
  }

  /**
   * The index keeps an item's own fields (CONTRACT.md's item), which answers and their readers use
   * (framing reads the summary and text, the outlet lookup the URL and source), without a stored
   * item's extras (feed URL, fetch time); an outlet's or a language's name once for all.
   */
  private readonly shared = (name: string | undefined): string | undefined => {
    if (name === undefined) return undefined;
    let one = this.names.get(name);
    if (one === undefined) {
      one = name;
      this.names.set(name, name);
    }
    return one;
  };

  remove(ids: string[]): void {
    for (const id of ids) {
      const doc = this.docOf(id);
      if (doc === undefined) continue;
      const { ids, count } = combinedTerms(this.store.item(doc), this.params, this.termNumberOf);
      for (let i = 0; i < count; i++) this.list(ids[i]!).df--;
      this.addedDocs.delete(id);
      this.store.remove(doc);
      this.live[doc] = 0;
      this.liveCount--;
    }
    this.normsStale = true;
    this.forgetDerived();
    // Removed postings cost memory and time: rebuild once they are half the index.
    if (this.store.length > 64 && this.liveCount < this.store.length / 2) this.compact();
  }

  related(query: CoverageItem, options: RelatedOptions = {}): StoryMatch[] {
    const { params } = this;
    const queryDay = dayOf(query.published);
    // Both dated: the window has already set aside the stories of other days, so what is
    // left near the query is mostly its own story (params.ts says what each rule measured).
    const dated = (match: StoryMatch) => queryDay !== null && this.days[this.docOf(match.id)!] !== NO_DAY;
    const scored = this.score(
      query,
      Math.min(params.threshold, params.datedThreshold),
      options.limit ?? 200,
    ).filter((match) => match.score >= (dated(match) ? params.datedThreshold : params.threshold));
    if (!scored.length) return [];
    const floor = scored[0]!.score * params.relativeFloor;
    const candidates = scored.filter((match) => match.score >= floor);
    const candidateIds = new Set(candidates.map((match) => match.id));
    // Each mutual check is a search of its own: only the first few unsure candidates get one.
    const unsure = candidates.filter((match) => match.score < params.sureScore).slice(0, params.mutualChecks);
    // Dated reports under the relative floor (one close echo can set the floor high) get a check
    // of their own instead: they join only through a report already in the story.
    const faint = scored.filter((match) => match.score < floor && dated(match)).slice(0, params.faintChecks);
    const accepted = candidates.filter((match) => match.score >= params.sureScore);
    const story = new Set<string>([query.id, ...accepted.map((match) => match.id)]);
    const inStory = (id: string) => story.has(id);
    // Dated: a rival the query found too, in the query's news cycle, is likely a report of this
    // story, not of another.
    const queryTime = Date.parse(query.published!);
    const candidateById = new Map(candidates.map((match) => [match.id, match]));
    const inNewsCycle = (id: string) => {
      const published = candidateById.get(id)?.item.published;
      return (
        published !== undefined && Math.abs(Date.parse(published) - queryTime) < params.newsCycleHours * HOUR
      );
    };
    const inStoryOrFound = (id: string) => story.has(id) || inNewsCycle(id);
    const judge = (match: StoryMatch): boolean => {
      if (!dated(match)) return this.isMutual(match, query, inStory, params.mutualFloor);
      if (match.score >= floor) return this.isMutual(match, query, inStoryOrFound, params.datedMutualFloor);
      return this.nearestIsOurs(match, query, inStory, (id) => candidateIds.has(id) && !story.has(id));
    };
    // A report closest to another report of our story is ours too: judge again against the story
    // as it grows, until nothing changes (a big story's reports often echo each other more than
    // the query).
    let pending = [...unsure, ...faint];
    for (let grew = true; grew && pending.length; ) {
      grew = false;
      const rejected: StoryMatch[] = [];
      for (const match of pending) {
        if (judge(match)) {
          accepted.push(match);
          story.add(match.id);
          grew = true;
        } else rejected.push(match);
      }
      pending = rejected;
    }
    accepted.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return markWireCopies(query, accepted);
  }

  /** Less evidence than text alone can give: an undated item for a dated query, another language. */
  private evidenceFactor(queryDay: number | null, queryLang: string | null, doc: number): number {
    let factor = 1;
    if (queryDay !== null && this.days[doc] === NO_DAY) factor *= this.params.undatedFactor;
    const lang = this.langs[doc];
    if (queryLang && lang && lang !== queryLang) factor *= this.params.languageFactor;
    return factor;
  }

  /**
   * The mutual-neighbour rule: whether the query's score for a candidate is at least `floor` of
   * the candidate's best score for an item that is not `ours` (always when the query is its
   * nearest). An item much closer to another story's report than to the query belongs to that
   * story, however many words it shares with ours.
   */
  private isMutual(
    match: StoryMatch,
    query: CoverageItem,
    ours: (id: string) => boolean,
    floor: number,
  ): boolean {
    // Only a rival scoring over the candidate's score, and over it ÷ `floor`, can fail it: the
    // neighbour search need not rank the items under that (a hair under, for rounding).
    const least = match.score * Math.max(1, 1 / floor) * (1 - 1e-9);
    const other = this.firstNeighbour(
      match,
      (n) => !ours(n.id) && !(query.url && n.url === query.url),
      least,
    );
    // The query's score keeps its date and language discounts: an undated item must be clearly
    // closer to the query than to anything else.
    return (other && other.score > match.score ? match.score / other.score : 1) >= floor;
  }

  /**
   * Whether the candidate's nearest item, past those `undecided` (found by the query, not judged
   * yet), is the query or a report `ours`: a report that shares few words with the query but is
   * closest to one of its story's reports. And that link must not be faint beside the candidate's
   * nearest of all (`faintLinkFloor`): a report far closer to undecided ones than to our story is
   * most likely one of another story's, found with them because the two share an issue.
   */
  private nearestIsOurs(
    match: StoryMatch,
    query: CoverageItem,
    ours: (id: string) => boolean,
    undecided: (id: string) => boolean,
  ): boolean {
    const isQuery = (url: string | undefined) => query.url !== undefined && url === query.url;
    // The search need not rank the items after the best one not undecided.
    const passOver = (other: number) => undecided(this.store.record(other)!.id);
    const nearest = this.firstNeighbour(
      match,
      (n) => isQuery(n.url) || !undecided(n.id),
      Number.MIN_VALUE,
      passOver,
    );
    if (nearest === undefined || !(isQuery(nearest.url) || ours(nearest.id))) return false;
    // The nearest of all scores at least as much as `nearest`: the search above ranked it.
    const top = this.firstNeighbour(match, () => true, Number.MIN_VALUE)!;
    return nearest.score >= top.score * this.params.faintLinkFloor;
  }

  /**
   * The first of a candidate's own nearest items (best first) that `wanted` accepts, if one
   * scores at least `least`. The search behind it, cached until the index changes, need not rank
   * the items under `least`, nor, given `passOver` (documents the caller passes over: at least
   * those `wanted` refuses), those under the best one not passed over; a cached search answers
   * when it ranked every item down to that first one, or down to `least`. (When that best one is
   * a copy of the candidate's wire story, left out of its neighbours, the search is made again
   * without `passOver`.)
   */
  private firstNeighbour(
    match: StoryMatch,
    wanted: (neighbour: Neighbour) => boolean,
    least: number,
    passOver?: (doc: number) => boolean,
  ): Neighbour | undefined {
    const doc = this.docOf(match.id)!;
    // Copies of the candidate's own wire story say nothing about which story it tells: left out,
    // their wire shapes read only for the items the rule would take.
    const firstOf = (nearest: Neighbour[]) =>
      nearest.find(
        (n) => wanted(n) && (n.score < COPY_SCORE || !sameWireStory(this.shapeOf(doc), this.shapeOf(n.doc))),
      );
    let searched = this.neighbours.get(doc);
    let first = searched && firstOf(searched.nearest);
    const answers = (from: number) => (first !== undefined && first.score >= from) || from <= least;
    for (const over of [passOver, undefined]) {
      if (searched !== undefined && answers(searched.from)) break;
      searched = this.searchNeighbours(doc, match.item, least, over);
      this.neighbours.set(doc, searched);
      first = firstOf(searched.nearest);
    }
    return first !== undefined && first.score >= searched!.from ? first : undefined;
  }

  /** A candidate's nearest items, and the score they are all ranked down to (see `firstNeighbour`). */
  private searchNeighbours(
    doc: number,
    item: CoverageItem,
    least: number,
    passOver?: (doc: number) => boolean,
  ): { from: number; nearest: Neighbour[] } {
    const found = this.score(item, least, MUTUAL_NEIGHBOURS, doc, passOver);
    // Every item scoring as much as the best one not passed over is there (see `sureOfBest`).
    const notPassed = passOver && found.find((other) => !passOver(this.docOf(other.id)!));
    const nearest = found.map(({ id, item, score }) => ({
      id,
      url: item.url,
      score,
      doc: this.docOf(id)!,
    }));
    return { from: notPassed ? notPassed.score : least, nearest };
  }

  /** An indexed document's features (all its terms are the index's). */
  private featuresOf(doc: number): ItemFeatures {
    return this.docFeatures.get(doc, () =>
      itemFeatures(this.store.item(doc), this.params, this.termNumberOf),
    );
  }

  private shapeOf(doc: number): WireShape {
    return this.docShapes.get(doc, () => wireShape(this.store.item(doc)));
  }

  nearby(query: CoverageItem, limit: number): StoryMatch[] {
    return this.score(query, Number.MIN_VALUE, Math.max(0, limit));
  }

  /**
   * The candidates within the date window scoring at least `minScore`, best first (ties by id, so
   * answers never depend on insertion order), at most `limit` of them. `queryDoc`: the query's
   * document when it is an indexed item.
   */
  private score(
    query: CoverageItem,
    minScore: number,
    limit: number,
    queryDoc?: number,
    passOver?: (doc: number) => boolean,
  ): StoryMatch[] {
    if (this.liveCount === 0 || limit <= 0) return [];
    if (this.normsStale) this.computeNorms();
    const features =
      queryDoc === undefined
        ? itemFeatures(query, this.params, this.queryTermNumbers())
        : this.featuresOf(queryDoc);
    const { expansionWeight, expansionMin } = this.params;
    if (expansionWeight <= 0) return this.scoreFeatures(query, features, minScore, limit);
    // The best answer's own words find the story's other reports that share little with the
    // query itself (pseudo-relevance feedback): one report's headline rarely echoes all others.
    // Finding that one answer alone is a much cheaper search (a candidate that cannot be the best
    // is dropped early); the answers without expansion are searched for only when it scores too
    // little, as few queries' best answers do.
    const top = this.scoreFeatures(query, features, expansionMin, 1)[0];
    if (top === undefined) {
      // Nothing reaches `expansionMin`: nothing reaches a higher `minScore` either.
      return minScore >= expansionMin ? [] : this.scoreFeatures(query, features, minScore, limit, passOver);
    }
    const expanded = combined(this.featuresOf(this.docOf(top.id)!));
    const head = merged(features.head, expanded, expansionWeight);
    return this.scoreFeatures(query, { ...features, head }, minScore, limit, passOver);
  }

  private scoreFeatures(
    query: CoverageItem,
    features: ItemFeatures,
    minScore: number,
    limit: number,
    passOver?: (doc: number) => boolean,
  ): StoryMatch[] {
    const { params } = this;
    const documents = Math.max(this.liveCount, this.params.minCollection);
    const terms = combined(features);
    // The query's scale is its headline and lead, weighted as the index weights them.
    const norm = ({ ids, weights }: { ids: number[]; weights: number[] }) => {
      let sum = 0;
      for (let i = 0; i < ids.length; i++)
        sum += (weights[i]! * idf(this.listOf(ids[i]!)?.df ?? 0, documents, params.idfPower)) ** 2;
      return sum;
    };
    let headNorm = norm(features.head);
    if (headNorm === 0) headNorm = norm(terms);
    if (headNorm === 0) return [];
    // Terms are taken by weight × plain rarity, the rarest first, though scores damp rarity
    // (`idfPower`): rare words find a story's reports best, and their lists are the shortest to
    // scan for candidates (taken by damped weight, common words' long lists came first: a tenth
    // more query time).
    const ranked = terms.ids
      .map((id, i) => {
        const list = this.listOf(id);
        const df = list?.df ?? 0;
        const telling = terms.weights[i]! * idf(df, documents, 1);
        return { list, weight: terms.weights[i]! * idf(df, documents, params.idfPower), telling };
      })
      .filter(
        (entry): entry is { list: PostingList; weight: number; telling: number } =>
          entry.list !== undefined && entry.list.df > 0,
      )
      .sort((a, b) => b.telling - a.telling)
      .slice(0, params.maxQueryTerms);

    const queryNorm = Math.sqrt(headNorm);
    const queryDay = features.day;
    const queryLang = features.lang;
    // What the terms from each rank on can still add to a score, at most (Cauchy–Schwarz: the
    // norm of those query terms over the query's scale, the document's part being at most its norm).
    const rest = new Float64Array(ranked.length + 1);
    for (let rank = ranked.length - 1; rank >= 0; rank--)
      rest[rank] = rest[rank + 1]! + ranked[rank]!.weight ** 2;

    const { candidates } = this;
    candidates.start(this.store.length);
    const live = this.liveCount === this.store.length ? null : this.live;
    // Items outside the date window never answer: set apart when first met (fewer candidates to
    // carry), though they still count as found for the rule that later terms only add to candidates.
    const firstDay = features.day === null ? -Infinity : features.day - params.windowDays;
    const lastDay = features.day === null ? Infinity : features.day + params.windowDays;
    let scanning = true;
    // The score the best candidates are sure of (see `sureOfBest`): it only grows, so it is
    // worked out again only when that costs less than the list it may spare or thin out.
    let sure = minScore;
    for (let rank = 0; rank < ranked.length; rank++) {
      const { list, weight } = ranked[rank]!;
      const factor = weight * idf(list.df, documents, params.idfPower);
      const left = Math.sqrt(rest[rank]!) / queryNorm;
      if (rank > 0 && candidates.insideCount <= list.length)
        sure = Math.max(sure, this.sureOfBest(query, limit, queryNorm, queryDay, queryLang, passOver));
      // No document met from here on could score `sure`: the rest only add to those found.
      if (scanning && left * BOUND_SLACK < sure) {
        if (!candidates.anyFound) break;
        scanning = false;
      }
      if (scanning && (rank < SCAN_TERMS || !candidates.anyFound)) {
        candidates.scan(list.docs, list.weights, list.length, factor, live, this.days, firstDay, lastDay);
        continue;
      }
      scanning = false;
      // A candidate the rest cannot lift to `sure` is dropped: fewer to meet in the lists to come.
      const cut = (sure / BOUND_SLACK - left) * queryNorm;
      if (cut > 0) candidates.dropUnder(this.norms, cut);
      candidates.addToFound(list.docs, list.weights, list.length, factor);
    }
    const { sums: acc, inside: touched, insideCount: count } = candidates;

    // Best `limit` kept sorted as they come: sorting every touched item costs more than the search.
    const top: { doc: number; score: number }[] = [];
    const better = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
      a.score > b.score ||
      (a.score === b.score && this.store.record(a.doc)!.id < this.store.record(b.doc)!.id);
    for (let c = 0; c < count; c++) {
      const doc = touched[c]!;
      const dot = acc[doc]!;
      acc[doc] = 0;
      let score = dot / (queryNorm * this.norms[doc]!);
      if (score < minScore) continue; // no factor below raises a score
      // Nor can it beat the last one kept: most documents stop here, before their factors.
      if (top.length >= limit && score < top[top.length - 1]!.score) continue;
      score = Math.min(1, score * this.evidenceFactor(queryDay, queryLang, doc));
      if (score < minScore) continue;
      const candidate = { doc, score };
      if (top.length >= limit && !better(candidate, top[top.length - 1]!)) continue;
      if (this.isQueryItem(query, doc)) continue;
      let at = top.length;
      while (at > 0 && better(candidate, top[at - 1]!)) at--;
      top.splice(at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    return top.map(({ doc, score }) => this.match(doc, score));
  }

  /**
   * An answer whose item is decoded when first read: most answers are only weighed (a search for
   * neighbours, the floors), few are shown. An own property, so copies and messages carry it.
   */
  private match(doc: number, score: number): StoryMatch {
    const { store } = this;
    const record = this.store.record(doc)!;
    let item: CoverageItem | undefined;
    return {
      id: record.id,
      score,
      get item() {
        item ??= store.item(doc, record);
        return item;
      },
      wireCopyOf: null,
    };
  }

  /** The query's own item (or another copy of its page) never answers it. */
  private isQueryItem(query: CoverageItem, doc: number): boolean {
    const item = this.store.record(doc)!;
    return item.id === query.id || (Boolean(query.url) && item.url === query.url);
  }

  /**
   * A score that the best `limit` candidates, or the best one not passed over, are sure to reach
   * (their sums so far only grow), -Infinity if none: a document that cannot reach it is neither
   * among the best `limit` nor before the first one not passed over.
   */
  private sureOfBest(
    query: CoverageItem,
    limit: number,
    queryNorm: number,
    queryDay: number | null,
    queryLang: string | null,
    passOver?: (doc: number) => boolean,
  ): number {
    const { sums, inside, insideCount } = this.candidates;
    if (limit > SURE_LIMIT) return -Infinity;
    if (this.best.length < limit) this.best = new Float64Array(limit);
    const { best } = this;
    let kept = 0; // best[0…kept), highest first
    let notPassed = -Infinity;
    for (let c = 0; c < insideCount; c++) {
      const doc = inside[c]!;
      let score = sums[doc]! / (queryNorm * this.norms[doc]!);
      // No factor below raises a score.
      const bar = kept === limit ? best[limit - 1]! : -Infinity;
      if (score <= bar && (passOver === undefined || score <= notPassed)) continue;
      score = Math.min(1, score * this.evidenceFactor(queryDay, queryLang, doc));
      if (this.isQueryItem(query, doc)) continue;
      if (passOver !== undefined && score > notPassed && !passOver(doc)) notPassed = score;
      if (score <= bar) continue;
      let at = kept < limit ? kept++ : limit - 1;
      for (; at > 0 && best[at - 1]! < score; at--) best[at] = best[at - 1]!;
      best[at] = score;
    }
    return Math.max(kept === limit ? best[limit - 1]! : -Infinity, notPassed);
  }

  /** Undefined for a query's term the index does not hold. */
  private listOf(id: number): PostingList | undefined {
    return id < this.lists.length ? this.list(id) : undefined;
  }

  /**
   * Term `id`'s postings. A restored index makes a term's list when it is first read: a query
   * reads a few dozen of the 50,000, and making them all was a third of a cold start.
   */
  private list(id: number): PostingList {
    let list = this.lists[id];
    if (list === undefined) {
      const { offsets, docs, weights } = this.restored!;
      const [start, end] = [offsets[id]!, offsets[id + 1]!];
      list = new PostingList(docs.subarray(start, end), weights.subarray(start, end), end - start);
      this.lists[id] = list;
    }
    return list;
  }

  /** The index's term numbers, and numbers past them for a query's terms it does not hold. */
  private queryTermNumbers(): TermNumbers {
    const unknown = new Map<string, number>();
    return (entry) => {
      const cached = numberedTerm(entry, this.mark);
      if (cached >= 0) return cached;
      const term = termOf(entry);
      const id = this.knownTermId(term);
      if (id !== undefined) {
        numberTerm(entry, this.mark, id);
        return id;
      }
      let extra = unknown.get(term);
      if (extra === undefined) {
        extra = this.lists.length + unknown.size;
        unknown.set(term, extra);
      }
      return extra;
    };
  }

  /** Numbers a word's term, adding the term to the index when new. */
  private readonly termNumberOf: TermNumbers = (entry) => {
    let id = numberedTerm(entry, this.mark);
    if (id < 0) {
      id = this.termIdOf(termOf(entry));
      numberTerm(entry, this.mark, id);
    }
    return id;
  };

  private termIdOf(term: string): number {
    let id = this.knownTermId(term);
    if (id === undefined) {
      id = this.lists.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.lists.push(new PostingList());
    }
    return id;
  }

  /** The number of a term the index holds, undefined for another. */
  private knownTermId(term: string): number | undefined {
    const restored = this.restoredTerms?.indexOfSorted(term) ?? -1;
    return restored >= 0 ? restored : this.termIds.get(term);
  }

  private termName(id: number): string {
    const restored = this.restoredTerms;
    return restored !== null && id < restored.length
      ? restored.at(id)
      : this.termNames[id - (restored?.length ?? 0)]!;
  }

  /** Document norms depend on every term's idf, so they follow the collection as it changes. */
  private computeNorms(): void {
    const documents = Math.max(this.liveCount, this.params.minCollection);
    const squares = new Float64Array(this.store.length);
    for (let id = 0; id < this.lists.length; id++) {
      const list = this.list(id);
      if (list.df <= 0) continue;
      const termIdf = idf(list.df, documents, this.params.idfPower);
      const { docs, weights, length } = list;
      for (let p = 0; p < length; p++) {
        const doc = docs[p]!;
        if (this.live[doc] === 0) continue;
        squares[doc]! += (weights[p]! * termIdf) ** 2;
      }
    }
    this.norms = new Float32Array(this.store.length);
    for (let doc = 0; doc < squares.length; doc++) this.norms[doc] = Math.sqrt(squares[doc]!) || 1;
    this.normsStale = false;
  }

  private compact(): void {
    const items: CoverageItem[] = [];
    for (let doc = 0; doc < this.store.length; doc++)
      if (this.store.record(doc) !== undefined) items.push(this.store.item(doc));
    this.restoredTerms = null;
    this.termIds.clear();
    this.mark = nextMark();
    this.termNames = [];
    this.lists = [];
    this.restored = null;
    this.store = new ItemStore();
    this.restoredIds = null;
    this.addedDocs.clear();
    this.days = new Int32Array(0);
    this.langs = [];
    this.live = new Uint8Array(0);
    this.liveCount = 0;
    this.add(items);
  }

  snapshot(): StoryIndexSnapshot {
    if (this.normsStale) this.computeNorms();
    // The documents kept, in their order, numbered from 0.
    const renumber = new Int32Array(this.store.length).fill(-1);
    const order: number[] = [];
    const ids: string[] = [];
    for (let doc = 0; doc < this.store.length; doc++) {
      const record = this.store.record(doc);
      if (record === undefined) continue;
      renumber[doc] = order.push(doc) - 1;
      ids.push(record.id);
    }
    const kept = order.length;
    // The terms in sorted order (see `knownTermId`): a restored index's own are already.
    const listed: { id: number; term: string }[] = [];
    let total = 0;
    for (let id = 0; id < this.lists.length; id++) {
      const { df } = this.list(id);
      if (df > 0) {
        total += df;
        listed.push({ id, term: this.termName(id) });
      }
    }
    listed.sort((a, b) => (a.term < b.term ? -1 : 1));
    const offsets = new Uint32Array(listed.length + 1);
    const docs = new Int32Array(total);
    const weights = new Float32Array(total);
    let at = 0;
    for (const [rank, { id }] of listed.entries()) {
      const list = this.list(id);
      for (let p = 0; p < list.length; p++) {
        const doc = renumber[list.docs[p]!]!;
        if (doc < 0) continue;
        docs[at] = doc;
        weights[at] = list.weights[p]!;
        at++;
      }
      offsets[rank + 1] = at;
    }
    const norms = new Float32Array(kept);
    const days = new Int32Array(kept);
    for (const [doc, next] of renumber.entries()) {
      if (next < 0) continue;
      norms[next] = this.norms[doc]!;
      days[next] = this.days[doc]!;
    }
    return {
      format: SNAPSHOT_FORMAT,
      features: featureSignature(this.params),
      ...this.store.snapshot(Int32Array.from(order)),
      terms: packStrings(listed.map(({ term }) => term)),
      offsets,
      docs,
      weights,
      norms,
      days,
      byId: IdOrder.of(ids),
    };
  }

  /**
   * Loads a validated snapshot into this empty index: its postings, or only its items (`rebuild`).
   * In steps (see `restoringStoryIndex`): it pauses between the parts of the work.
   */
  *load(snapshot: StoryIndexSnapshot, terms: StringList, rebuild: boolean): Generator<void, void> {
    let texts: LoadedTexts;
    try {
      texts = checkedStoredTexts(snapshot, this.shared);
    } catch (error) {
      unusable((error as Error).message);
    }
    const { fields } = texts;
    if (rebuild) {
      const store = new ItemStore(texts);
      this.add(Array.from({ length: fields.count }, (_, doc) => store.item(doc)));
      return;
    }
    yield;
    let byId: IdOrder;
    try {
      byId = IdOrder.checked(fields, snapshot.byId);
    } catch (error) {
      unusable((error as Error).message);
    }
    yield;
    const { offsets, docs, weights, norms, days } = snapshot;
    this.store = new ItemStore(texts);
    this.restoredIds = byId;
    this.days = days;
    this.live = new Uint8Array(fields.count).fill(1);
    this.langs = new Array(fields.count);
    // A few languages for all the items: each read once.
    const languages = new Map<string | undefined, string | null>();
    // An indexed loop: a cold worker runs this once, before its code is optimized.
    for (let doc = 0; doc < fields.count; doc++) {
      const name = fields.lang(doc);
      let lang = languages.get(name);
      if (lang === undefined) {
        lang = primaryLanguage(name);
        languages.set(name, lang);
      }
      this.langs[doc] = lang;
    }
    this.liveCount = fields.count;
    this.restoredTerms = terms;
    // Made as they are read (see `list`), as views into the snapshot's buffers: no copy until a
    // term gains a posting.
    this.lists = new Array(terms.length);
    this.restored = { offsets, docs, weights };
    this.norms = norms;
    this.normsStale = false;
  }
}

export function createStoryIndex(options: { params?: Partial<MatchingParams> } = {}): StoryIndex {
  return new InvertedStoryIndex({ ...DEFAULT_PARAMS, ...options.params });
}

/**
 * Restores an index from `snapshot()`'s value (as read back from storage: untrusted). A snapshot
 * built with other feature settings is rebuilt from its items; a damaged one throws, so the caller
 * can rebuild from its item store.
 */
export function restoreStoryIndex(
  snapshot: unknown,
  options: { params?: Partial<MatchingParams> } = {},
): StoryIndex {
  const steps = restoringStoryIndex(snapshot, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `restoreStoryIndex` in steps of some 10–20 ms (checking the terms and postings, the items' texts
 * and fields, their ids, then taking them in), each run by a `next()`: a worker that lets its other
 * events run between them answers a message that came meanwhile (the outlet card, the tab's URL and
 * article for the full report) before the whole restore is done, not after it.
 */
export function* restoringStoryIndex(
  snapshot: unknown,
  options: { params?: Partial<MatchingParams> } = {},
): Generator<void, StoryIndex> {
  const params = { ...DEFAULT_PARAMS, ...options.params };
  const { value, terms } = validSnapshot(snapshot);
  yield;
  // Out of order, a term would not be found: a query would miss it, and an addition add it twice.
  if (!terms.isStrictlySorted()) unusable('terms not sorted');
  yield;
  const index = new InvertedStoryIndex(params);
  yield* index.load(value, terms, value.features !== featureSignature(params));
  return index;
}

function unusable(why: string): never {
  throw new Error(`story index snapshot is not usable: ${why}`);
}

/** A snapshot whose postings are checked, and its terms (their order is checked apart: a step of its own). */
function validSnapshot(value: unknown): { value: StoryIndexSnapshot; terms: StringList } {
  const fail = unusable;
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const s = value as Partial<StoryIndexSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT) return fail(`unknown format ${JSON.stringify(s.format)}`);
  const count = s.fields?.count;
  if (typeof count !== 'number') return fail('items missing');
  let terms: StringList;
  try {
    terms = new StringList(s.terms, 'terms');
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!(s.offsets instanceof Uint32Array) || s.offsets.length !== terms.length + 1)
    return fail('bad offsets');
  if (!(s.docs instanceof Int32Array) || !(s.weights instanceof Float32Array)) return fail('bad postings');
  if (s.docs.length !== s.weights.length || s.offsets[terms.length] !== s.docs.length)
    return fail('postings lengths disagree');
  if (!(s.norms instanceof Float32Array) || s.norms.length !== count) return fail('bad norms');
  if (!(s.days instanceof Int32Array) || s.days.length !== count) return fail('bad days');
  if (typeof s.features !== 'string') return fail('feature settings missing');
  // The items and their texts are checked as the index is loaded (see `load`): a repeated id too.
  for (let i = 0; i < terms.length; i++)
    if (s.offsets[i]! > s.offsets[i + 1]!) return fail('offsets not sorted');
  const { docs } = s;
  for (let p = 0; p < docs.length; p++)
    if (docs[p]! < 0 || docs[p]! >= count) return fail('a posting points past the items');
  return { value: s as StoryIndexSnapshot, terms };
}
