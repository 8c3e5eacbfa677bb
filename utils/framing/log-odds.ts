/**
 * The words each side chose more than the others: weighted log-odds ratios with an informative
 * Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22). The prior is the
 * story's own pooled word counts, so a word every report uses scores near zero and a rare word
 * seen twice does not top the list. Only words used often enough are scored, and only clear
 * differences (|z| ≥ MIN_Z) are listed.
 */
import { contentWords } from '../matching/text';
import type { FramingTerm, Side } from './report';

/** The prior's total pseudo-count, as a multiple of the story's word count (MCQ's α0 scaling). */
const PRIOR_SCALE = 0.5;
/** A word must occur at least this often on the side and in this many reports overall. */
export const MIN_COUNT = 2;
const MIN_REPORTS = 2;
/** 1.96: the conventional two-sided 5% level. */
export const MIN_Z = 1.96;
const MAX_TERMS = 8;

export interface SideText {
  side: Side;
  text: string;
}

function countWords(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of contentWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

/** z-scores of every eligible word for `inside` against `outside`: positive leans inside. */
export function weightedLogOdds(
  inside: Map<string, number>,
  outside: Map<string, number>,
  prior: Map<string, number>,
): Map<string, number> {
  const priorTotal = total(prior);
  const alpha0 = Math.max(1, priorTotal * PRIOR_SCALE);
  const nIn = total(inside);
  const nOut = total(outside);
  const scores = new Map<string, number>();
  for (const [word, priorCount] of prior) {
    const alpha = (alpha0 * priorCount) / priorTotal;
    const yIn = inside.get(word) ?? 0;
    const yOut = outside.get(word) ?? 0;
    const delta =
      Math.log((yIn + alpha) / (nIn + alpha0 - yIn - alpha)) -
      Math.log((yOut + alpha) / (nOut + alpha0 - yOut - alpha));
    const variance = 1 / (yIn + alpha) + 1 / (yOut + alpha);
    scores.set(word, delta / Math.sqrt(variance));
  }
  return scores;
}

/** For each side with coverage, its most distinctive words against all other rated reports. */
export function framingTermsOf(reports: SideText[]): Partial<Record<Side, FramingTerm[]>> {
  const bySide = new Map<Side, string[]>();
  for (const { side, text } of reports) bySide.set(side, [...(bySide.get(side) ?? []), text]);
  if (bySide.size < 2) return {};
  const reportsWith = new Map<string, number>();
  for (const { text } of reports)
    for (const word of new Set(contentWords(text))) reportsWith.set(word, (reportsWith.get(word) ?? 0) + 1);
  const all = countWords(reports.map((report) => report.text));
  const prior = new Map([...all].filter(([word]) => (reportsWith.get(word) ?? 0) >= MIN_REPORTS));
  if (prior.size === 0) return {};
  const out: Partial<Record<Side, FramingTerm[]>> = {};
  for (const [side, texts] of bySide) {
    const inside = countWords(texts);
    const outside = countWords(reports.filter((report) => report.side !== side).map((report) => report.text));
    const terms = [...weightedLogOdds(inside, outside, prior)]
      .filter(([word, z]) => z >= MIN_Z && (inside.get(word) ?? 0) >= MIN_COUNT)
      .map(([term, z]) => ({ term, z, count: inside.get(term) ?? 0 }))
      .sort((a, b) => b.z - a.z || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_TERMS);
    out[side] = terms;
  }
  return out;
}
