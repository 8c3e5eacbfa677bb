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
  const time = Date.parse(published);
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
 * Where each term number sits in the weights being summed (-1: not there yet): one array for
 * every call rather than a Map per item, reset after each use.
 */
let positions = new Int32Array(1024).fill(-1);

function positionOf(id: number): number {
  if (id >= positions.length) {
    const grown = new Int32Array(Math.max(id + 1, positions.length * 2)).fill(-1);
    grown.set(positions);
    positions = grown;
  }
  return positions[id]!;
}

/** Adds `weight` to term `id` of `into` (appended when new), as `positions` says where it is. */
function addWeight(into: TermWeights, id: number, weight: number): void {
  let at = positionOf(id);
  if (at < 0) {
    at = into.ids.length;
    positions[id] = at;
    into.ids.push(id);
    into.weights.push(0);
  }
  into.weights[at]! += weight;
}

function forget(weights: TermWeights): void {
  for (const id of weights.ids) positions[id] = -1;
}

function addTokens(
  into: TermWeights,
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
    addWeight(into, numbers(entry), weight * boost);
  }
}

/** Sublinear: a word said five times is not five times the evidence. */
function saturate(weights: TermWeights): TermWeights {
  const values = weights.weights;
  for (let i = 0; i < values.length; i++) values[i] = Math.log1p(values[i]!);
  return weights;
}

export function itemFeatures(item: CoverageItem, params: MatchingParams, numbers: TermNumbers): ItemFeatures {
  const head: TermWeights = { ids: [], weights: [] };
  const body: TermWeights = { ids: [], weights: [] };
  addTokens(head, item.title ?? '', params.titleWeight, params, numbers, true);
  const text = item.text?.trim() ?? '';
  let rest = '';
  if (item.summary?.trim()) {
    addTokens(head, item.summary, params.leadWeight, params, numbers);
    rest = text;
  } else if (text) {
    const [lead, afterLead] = splitLead(text, params.leadWords);
    addTokens(head, lead, params.leadWeight, params, numbers);
    rest = afterLead;
  }
  // The head is complete before the body starts: `positions` follows one list at a time.
  forget(head);
  if (rest) addTokens(body, rest, params.bodyWeight, params, numbers);
  forget(body);
  return {
    head: saturate(head),
    body: saturate(body),
    day: dayOf(item.published),
    lang: primaryLanguage(item.lang),
  };
}

/** `base` plus `extra` × `scale`, term by term: base's terms first, then extra's new ones, in order. */
export function merged(base: TermWeights, extra: TermWeights, scale: number): TermWeights {
  if (extra.ids.length === 0) return base;
  const out: TermWeights = { ids: base.ids.slice(), weights: base.weights.slice() };
  out.ids.forEach((id, at) => {
    positionOf(id);
    positions[id] = at;
  });
  for (let i = 0; i < extra.ids.length; i++) addWeight(out, extra.ids[i]!, extra.weights[i]! * scale);
  forget(out);
  return out;
}

/** A term's weight in the postings: headline, lead and body together. */
export function combined(features: ItemFeatures): TermWeights {
  return merged(features.head, features.body, 1);
}
