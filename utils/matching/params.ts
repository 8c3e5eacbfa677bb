/**
 * The matching engine's knobs, in one place so the extension, the CLI and the benchmarks use the
 * same ones. Calibrated on lrc-train (scripts/bench/quality.ts reports lrc-val and basil), except
 * what lrc-train cannot inform because it has no dates or bodies: `windowDays` (BASIL's ±3 days),
 * `undatedFactor` (set with basil's queries against the undated LRC distractors) and `bodyWeight`
 * and `leadWords` (set by judgment, not searched).
 */
export interface MatchingParams {
  /** How much a word of the headline counts against one of the lead. */
  titleWeight: number;
  /** Summary, or the first `leadWords` words of the body. */
  leadWeight: number;
  /** The rest of the body: evidence, but a long body must not drown the headline. */
  bodyWeight: number;
  leadWords: number;
  /** Extra weight for words inside a name ("Kerry"), and for numbers ("30,000"). */
  entityBoost: number;
  numberBoost: number;
  /**
   * Word rarity is judged as if the index held at least this many items (the extra ones holding
   * none of its words): in a small cache every word of its few stories looks common, and the one
   * story's own words would count for nothing.
   */
  minCollection: number;
  /** A query keeps its most telling terms only: faster, and less topic noise. */
  maxQueryTerms: number;
  /** The calibrated cut: a same-story item scores at least this. */
  threshold: number;
  /** And at least this share of the best item's score (the score-gap rule). */
  relativeFloor: number;
  /** And at least this share of the candidate's own best score for another item (mutual neighbours). */
  mutualFloor: number;
  /** A candidate scoring this needs no mutual check… */
  sureScore: number;
  /** …and at most this many unsure candidates get one (each is a search): the rest are dropped. */
  mutualChecks: number;
  /** Days either side of the query's date, when both have one. */
  windowDays: number;
  /** Pseudo-relevance feedback: the best answer's words join the query at this weight (0: off)… */
  expansionWeight: number;
  /** …when the best answer scores at least this. */
  expansionMin: number;
  /** A dated query against an undated item: less evidence, so a higher bar (score multiplier). */
  undatedFactor: number;
  /** Declared languages differ: the text must carry the match alone (score multiplier). */
  languageFactor: number;
}

// mutualFloor 0.7 (not lrc-train's best, 0.9): at 0.9 the rule drops a big story's right- or
// left-leaning reports, whose framing echoes each other more than the query (the demo newsroom's
// minimum-wage story lost every right-leaning report), and hiding a side is the failure Parallax
// exists to prevent. Measured with `npm run bench:quality`: basil + distractors F1 0.968 → 0.963,
// lrc-val 0.797 → 0.801, lrc-val + distractors 0.580 → 0.557.
export const DEFAULT_PARAMS: Readonly<MatchingParams> = {
  titleWeight: 2,
  leadWeight: 1,
  bodyWeight: 0.25,
  leadWords: 60,
  entityBoost: 1,
  numberBoost: 1.5,
  minCollection: 1000,
  maxQueryTerms: 80,
  threshold: 0.125,
  relativeFloor: 0.3,
  mutualFloor: 0.7,
  sureScore: 0.6,
  mutualChecks: 12,
  windowDays: 3,
  expansionWeight: 0.5,
  expansionMin: 0.2,
  undatedFactor: 0.4,
  languageFactor: 0.6,
};
