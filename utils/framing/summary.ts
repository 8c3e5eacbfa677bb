/**
 * The story in three to five sentences taken from its coverage, with no model: sentences central
 * to the story (closest to the centroid of all its sentences, TF-IDF weighted), not repeating one
 * another (maximal marginal relevance), drawn from more than one side when the coverage allows,
 * each attributed to the report it comes from.
 */
import { sentences, tokenize } from '../matching/text';
import type { Side, SummaryBullet } from './report';

export interface SummarySource {
  articleId: string;
  outletName: string | null;
  side: Side | null;
  title: string;
  body: string;
}

interface Candidate {
  text: string;
  source: SummarySource;
  vector: Map<string, number>;
  centrality: number;
}

const MIN_WORDS = 8;
const MAX_WORDS = 45;
const MAX_BULLETS = 5;
/** MMR's balance of centrality against novelty. */
const LAMBDA = 0.7;
/** A sentence this similar to one already chosen says the same thing. */
const REDUNDANT = 0.5;
/** Preference for a side not yet heard from, on the MMR scale. */
const NEW_SIDE_BONUS = 0.1;
/** Sentences read from one report, from its start: leads carry the story. */
const SENTENCES_PER_REPORT = 12;

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}

function candidatesOf(sources: SummarySource[]): Candidate[] {
  const raw: { text: string; source: SummarySource; terms: string[] }[] = [];
  for (const source of sources) {
    for (const text of sentences(source.body).slice(0, SENTENCES_PER_REPORT)) {
      const words = text.split(/\s+/).length;
      if (words < MIN_WORDS || words > MAX_WORDS || text.endsWith('?') || /…$|\.\.\.$/.test(text)) continue;
      raw.push({ text, source, terms: tokenize(text).map((token) => token.term) });
    }
  }
  const df = new Map<string, number>();
  for (const { terms } of raw) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = raw.map(({ terms }) => {
    const vector = new Map<string, number>();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, count] of vector)
      vector.set(term, (1 + Math.log(count)) * Math.log(1 + raw.length / df.get(term)!));
    return vector;
  });
  const centroid = new Map<string, number>();
  for (const vector of vectors) {
    const length = norm(vector) || 1;
    for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + value / length);
  }
  return raw.map(({ text, source }, i) => ({
    text,
    source,
    vector: vectors[i]!,
    centrality: cosine(vectors[i]!, centroid),
  }));
}

export function storySummary(sources: SummarySource[]): SummaryBullet[] {
  const pool = candidatesOf(sources);
  const chosen: Candidate[] = [];
  const sides = new Set<Side>();
  while (chosen.length < MAX_BULLETS) {
    let best: Candidate | null = null;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const candidate of pool) {
      if (chosen.includes(candidate)) continue;
      const overlap = Math.max(0, ...chosen.map((other) => cosine(candidate.vector, other.vector)));
      if (overlap >= REDUNDANT) continue;
      const side = candidate.source.side;
      const value =
        LAMBDA * candidate.centrality -
        (1 - LAMBDA) * overlap +
        (side && !sides.has(side) ? NEW_SIDE_BONUS : 0);
      if (value > bestValue) {
        best = candidate;
        bestValue = value;
      }
    }
    if (!best) break;
    chosen.push(best);
    if (best.source.side) sides.add(best.source.side);
  }
  return chosen.map(({ text, source }) => ({
    text,
    articleId: source.articleId,
    outletName: source.outletName,
    side: source.side,
  }));
}
