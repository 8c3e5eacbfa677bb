/** What extraction learns from the page the reader is on. Absent values are null. */
export interface ExtractedArticle {
  /** The document's URL. */
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601. */
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Body text, blocks joined with newlines. */
  text: string | null;
  canonicalUrl: string | null;
  /** Publisher name from JSON-LD or OpenGraph, the last-resort clue to the outlet. */
  publisher: string | null;
  isArticle: boolean;
}
