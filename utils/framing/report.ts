import type { BiasLabel, Factuality, OwnershipType } from '../sources/schema';

/** The three columns the popup groups coverage into. */
export type Side = 'left' | 'center' | 'right';

/** An outlet as the report shows it: enough to render, with the id to look up the rest. */
export interface OutletSummary {
  id: string;
  name: string;
  domain: string;
  bias: BiasLabel;
  biasScore: number | null;
  factuality: Factuality | null;
  country: string | null;
  ownerType: OwnershipType | null;
}

/** One article of the story's coverage. */
export interface CoverageArticle {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  summary: string | null;
  /** null when the outlet is not in any dataset. */
  outlet: OutletSummary | null;
  /** `left`/`center`/`right` from the outlet's lean; null when unrated or mixed. */
  side: Side | null;
  score: number;
  /** Set when this article is a copy of a wire story (AP, Reuters, AFP…) counted once. */
  wireCopyOf: string | null;
}

/** A share of a distribution with the counts behind it, so every percentage can be explained. */
export interface Share {
  count: number;
  total: number;
  /** 0…1 */
  share: number;
}

export interface FramingTerm {
  term: string;
  /** Weighted log-odds z-score (Monroe, Colaresi & Quinn 2008): positive leans to `side`. */
  z: number;
  count: number;
}

export interface SummaryBullet {
  text: string;
  articleId: string;
  outletName: string | null;
  side: Side | null;
}

export interface Blindspot {
  /** The side that barely covered the story, or null when there is none. */
  side: Side | null;
  /** `ok`, `blindspot`, or `insufficient` (too little coverage to say). */
  status: 'ok' | 'blindspot' | 'insufficient';
  /** Why, in words a reader understands ("1 of 12 rated outlets is on the right"). */
  reason: string;
}

export interface FramingReport {
  /** The article the reader is on. */
  article: { url: string; title: string | null; outlet: OutletSummary | null };
  counts: { articles: number; outlets: number; wireCopies: number };
  coverage: Record<Side, CoverageArticle[]>;
  /** Articles whose outlet is unknown, unrated or mixed. */
  unrated: CoverageArticle[];
  /** Distribution by outlet (wire copies counted once). */
  distribution: {
    bySide: Record<Side, Share>;
    byLabel: Partial<Record<BiasLabel, Share>>;
  };
  blindspot: Blindspot;
  factualityMix: Partial<Record<Factuality | 'unknown', Share>>;
  ownershipMix: Partial<Record<OwnershipType | 'unknown', Share>>;
  countryMix: Record<string, Share>;
  firstReported: { articleId: string; outletName: string | null; published: string } | null;
  /** Words each side chose more than the other side(s). */
  framingTerms: Partial<Record<Side, FramingTerm[]>>;
  /** Terms of the reader's headline that no other outlet used. */
  headlineOnlyTerms: string[];
  /** Names and numbers most other outlets reported that this article left out. */
  omittedFacts: { fact: string; reportedBy: number }[];
  summary: SummaryBullet[];
  similarStories: { title: string; url: string | null; sharedEntities: string[] }[];
}
