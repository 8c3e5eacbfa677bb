/**
 * An item as the matcher sees it: weighted terms from its headline, lead and body, with names and
 * numbers weighted up, plus its day and language.
 */
import type { CoverageItem } from '../coverage/item';
import type { MatchingParams } from './params';
import { collected, collectTokens, isNumber } from './text';

/**
 * Terms, as numbers (see `TermNumbers`), with their weights, in the order first met: a query breaks
 * ties between equally telling terms by that order.
 */
export interface TermWeights {
  ids: number[];
  weights: number[];
}

/**
 * The number, in the index at hand, of a counted word's term (a spelling entry of `collectTokens`);
 * a query's terms the index lacks get numbers of their own.
 */
export type TermNumbers = (entry: number) => number;

/** Terms with their weights. The `head` part (headline and lead) sets the scale a score is read on. */
export interface ItemFeatures {
  /** Headline and lead: what a feed item also has. */
  head: TermWeights;
  /** The rest of the body (empty for feed items). */
  body: TermWeights;
  /** Days since 1970-01-01 (UTC), or null when undated or unparseable. */
  day: number | null;
  /** Primary language subtag, lowercase, or null. */
  lang: string | null;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(published: string | undefined | null): number | null {
  if (!published) return null;
  return dayOfTime(Date.parse(published));
}

/** The day of a time (ms), or null when it is not one (NaN). */
export function dayOfTime(time: number): number | null {
  return Number.isFinite(time) ? Math.floor(time / MS_PER_DAY) : null;
}

export function primaryLanguage(lang: string | undefined | null): string | null {
  const primary = lang?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

const leadPatterns = new Map<number, RegExp>();

/** The body's first words serve as a lead when a page has no summary. */
function splitLead(text: string, words: number): [lead: string, rest: string] {
  let pattern = leadPatterns.get(words);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:\\S+\\s+){0,${Math.max(0, words - 1)}}\\S+`, 'u');
    leadPatterns.set(words, pattern);
  }
  const lead = pattern.exec(text)?.[0] ?? '';
  return [lead, text.slice(lead.length)];
}

/**
 * Term weights being summed, in buffers reused for every item (no arrays or objects per item), and
 * where each term number sits in them (-1: not there yet); emptied before each item.
 */
interface Sums {
  ids: Int32Array;
  weights: Float64Array;
  count: number;
  positions: Int32Array<ArrayBufferLike>;
}

function newSums(): Sums {
  return { ids: new Int32Array(256), weights: new Float64Array(256), count: 0, positions: new Int32Array(0) };
}

/** Headline and lead; the rest of the body (each term's place in one says nothing of the other). */
const headSums = newSums();
const bodySums = newSums();
/** The positions of `merged`'s output. */
let positions: Int32Array<ArrayBufferLike> = new Int32Array(1024).fill(-1);

function withRoom(positions: Int32Array<ArrayBufferLike>, id: number): Int32Array<ArrayBufferLike> {
  if (id < positions.length) return positions;
  const grown = new Int32Array(Math.max(id + 1, positions.length * 2, 1024)).fill(-1);
  grown.set(positions);
  return grown;
}

/** Adds `weight` to term `id` of `into` (appended when new). */
function addSum(into: Sums, id: number, weight: number): void {
  if (id >= into.positions.length) into.positions = withRoom(into.positions, id);
  let at = into.positions[id]!;
  if (at < 0) {
    at = into.count++;
    if (at === into.ids.length) {
      const ids = new Int32Array(at * 2);
      ids.set(into.ids);
      into.ids = ids;
      const weights = new Float64Array(at * 2);
      weights.set(into.weights);
      into.weights = weights;
    }
    into.positions[id] = at;
    into.ids[at] = id;
    into.weights[at] = 0;
  }
  into.weights[at]! += weight;
}

/** Empties `sums` for the next item. */
function reset(sums: Sums): void {
  for (let i = 0; i < sums.count; i++) sums.positions[sums.ids[i]!] = -1;
  sums.count = 0;
}

function addTokens(
  into: Sums,
  text: string,
  weight: number,
  params: MatchingParams,
  numbers: TermNumbers,
  headline = false,
): void {
  const count = collectTokens(text, headline);
  const { entries, entity } = collected;
  for (let t = 0; t < count; t++) {
    const entry = entries[t]!;
    const boost = isNumber(entry) ? params.numberBoost : entity[t] === 1 ? params.entityBoost : 1;
    addSum(into, numbers(entry), weight * boost);
  }
}

/** Sublinear: a word said five times is not five times the evidence. */
function saturate(sums: Sums): void {
  const values = sums.weights;
  for (let i = 0; i < sums.count; i++) values[i] = Math.log1p(values[i]!);
}

/**
 * Told of the headline, and of the summary when it is read, right after each is read: while the
 * scanner's `scanned` holds its words (the story index keeps the texts as those words).
 */
export interface ReadTexts {
  title(text: string): void;
  summary(text: string): void;
}

/** Sums the item's terms, saturated, into `headSums` and `bodySums` (emptied first). */
function sumTerms(item: CoverageItem, params: MatchingParams, numbers: TermNumbers, read?: ReadTexts): void {
  reset(headSums);
  reset(bodySums);
  const title = item.title ?? '';
  addTokens(headSums, title, params.titleWeight, params, numbers, true);
  read?.title(title);
  const text = item.text?.trim() ?? '';
  let rest = '';
  if (item.summary?.trim()) {
    addTokens(headSums, item.summary, params.leadWeight, params, numbers);
    read?.summary(item.summary);
    rest = text;
  } else if (text) {
    const [lead, afterLead] = splitLead(text, params.leadWords);
    addTokens(headSums, lead, params.leadWeight, params, numbers);
    rest = afterLead;
  }
  if (rest) addTokens(bodySums, rest, params.bodyWeight, params, numbers);
  saturate(headSums);
  saturate(bodySums);
}

function weightsOf(sums: Sums): TermWeights {
  return {
    ids: Array.from(sums.ids.subarray(0, sums.count)),
    weights: Array.from(sums.weights.subarray(0, sums.count)),
  };
}

export function itemFeatures(item: CoverageItem, params: MatchingParams, numbers: TermNumbers): ItemFeatures {
  sumTerms(item, params, numbers);
  return {
    head: weightsOf(headSums),
    body: weightsOf(bodySums),
    day: dayOf(item.published),
    lang: primaryLanguage(item.lang),
  };
}

/** An item's terms with their weights, as in typed arrays to read before the next call. */
export interface TermSums {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly count: number;
}

/**
 * The item's terms and weights as `combined(itemFeatures(…))` gives them, in buffers reused for
 * every item (indexing reads them once): no arrays or objects per item.
 */
export function combinedTerms(
  item: CoverageItem,
  params: MatchingParams,
  numbers: TermNumbers,
  read?: ReadTexts,
): TermSums {
  sumTerms(item, params, numbers, read);
  // The body's terms added to the head's as `merged` does: the head's first, then the new ones.
  for (let i = 0; i < bodySums.count; i++) addSum(headSums, bodySums.ids[i]!, bodySums.weights[i]!);
  return headSums;
}

/** `base` plus `extra` × `scale`, term by term: base's terms first, then extra's new ones, in order. */
export function merged(base: TermWeights, extra: TermWeights, scale: number): TermWeights {
  if (extra.ids.length === 0) return base;
  const out: TermWeights = { ids: base.ids.slice(), weights: base.weights.slice() };
  for (let at = 0; at < out.ids.length; at++) {
    positions = withRoom(positions, out.ids[at]!);
    positions[out.ids[at]!] = at;
  }
  for (let i = 0; i < extra.ids.length; i++) {
    const id = extra.ids[i]!;
    positions = withRoom(positions, id);
    const at = positions[id]!;
    if (at >= 0) out.weights[at]! += extra.weights[i]! * scale;
    else {
      positions[id] = out.ids.length;
      out.ids.push(id);
      out.weights.push(0 + extra.weights[i]! * scale);
    }
  }
  for (const id of out.ids) positions[id] = -1;
  return out;
}

/** A term's weight in the postings: headline, lead and body together. */
export function combined(features: ItemFeatures): TermWeights {
  return merged(features.head, features.body, 1);
}
