/**
 * The source-bias dataset schema, version 1. Documented in utils/sources/README.md ("Dataset schema").
 * Every dataset Parallax reads (bundled, imported, the reader's overrides) is validated against
 * this before use: datasets are untrusted input.
 */

export const DATASET_SCHEMA_VERSION = 1;

/** Five-step lean plus the two honest non-answers. */
export const BIAS_LABELS = [
  'left',
  'lean-left',
  'center',
  'lean-right',
  'right',
  'mixed',
  'unrated',
] as const;
export type BiasLabel = (typeof BIAS_LABELS)[number];

export const FACTUALITY_LABELS = ['very-low', 'low', 'mixed', 'mostly-factual', 'high', 'very-high'] as const;
export type Factuality = (typeof FACTUALITY_LABELS)[number];

export const OUTLET_KINDS = [
  'newspaper',
  'broadcaster',
  'digital',
  'magazine',
  'wire',
  'aggregator',
  'state-media',
  'opinion',
  'local-tv',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const OWNERSHIP_TYPES = [
  'public-broadcaster',
  'state',
  'corporate',
  'family',
  'billionaire',
  'nonprofit',
  'cooperative',
  'employee',
  'trust',
  'private',
  'unknown',
] as const;
export type OwnershipType = (typeof OWNERSHIP_TYPES)[number];

export const RATERS = ['allsides', 'adfontes', 'mbfc', 'parallax', 'reader', 'import'] as const;
export type Rater = (typeof RATERS)[number];

export const PAYWALLS = ['none', 'metered', 'hard', 'freemium'] as const;
export type Paywall = (typeof PAYWALLS)[number];

export const FEED_TOPICS = ['main', 'politics', 'world', 'national', 'business', 'opinion'] as const;
export type FeedTopic = (typeof FEED_TOPICS)[number];

/** Where a rating comes from: which public raters it reflects, and as of when (YYYY or YYYY-MM). */
export interface RatingBasis {
  raters: Rater[];
  asOf: string | null;
  /** Free text, e.g. "AllSides: lean-left; MBFC: left-center". */
  note?: string;
}

export interface Outlet {
  /** Stable slug, unique in a dataset: `cnn`, `bbc-news`. */
  id: string;
  name: string;
  /** Host names it publishes under, lowercase, without scheme or `www.`: `cnn.com`, `edition.cnn.com`. */
  domains: string[];
  /** Host + path prefixes for outlets living under a shared host: `news.yahoo.com/…`, `medium.com/the-atlantic`. */
  paths?: string[];
  /** Other names pages give as their publisher ("NYT", "The Beeb"); matched like `name`. Optional, since v1. */
  aliases?: string[];
  kind: OutletKind;
  bias: {
    label: BiasLabel;
    /** -1 (left) … 1 (right); null when unrated. */
    score: number | null;
    /** ISO 3166-1 alpha-2 of the politics the lean refers to. */
    country: string;
    basis: RatingBasis;
  };
  factuality: {
    label: Factuality | null;
    basis: RatingBasis;
  };
  owner: {
    name: string | null;
    type: OwnershipType;
  };
  /** ISO 3166-1 alpha-2 where it is based. */
  country: string;
  /** BCP-47 primary language tags. */
  languages: string[];
  paywall: Paywall | null;
  feeds: { url: string; topic: FeedTopic }[];
  /**
   * The fields this dataset actually knows, when not all of them. An imported ratings file (MBFC,
   * AllSides) knows a name, domains and ratings only and must fill `kind`, `country`… with
   * placeholders to stay a valid `Outlet`; layering takes only the listed fields from it, so a
   * placeholder never hides a known value. Absent: every field is known. Optional, since v1.
   */
  provided?: OutletField[];
}

/** The top-level fields of an outlet a dataset layer can supply (everything but the id). */
export const OUTLET_FIELDS = [
  'name',
  'domains',
  'paths',
  'aliases',
  'kind',
  'bias',
  'factuality',
  'owner',
  'country',
  'languages',
  'paywall',
  'feeds',
] as const;
export type OutletField = (typeof OUTLET_FIELDS)[number];

/** ISO 3166 user-assigned code for "unknown country" (as CLDR uses it); a placeholder, never a rating. */
export const UNKNOWN_COUNTRY = 'ZZ';

export interface Dataset {
  schema: typeof DATASET_SCHEMA_VERSION;
  /** Where this dataset came from: `bundled`, a file name, `overrides`. */
  name: string;
  /** ISO date of this dataset's revision. */
  updated: string;
  outlets: Outlet[];
}
