/**
 * An article Parallax knows of: what a feed gives (title, summary) or the page the reader is on
 * (with `text`). This is the item of ../shared/CONTRACT.md; extra optional fields are ours.
 */
export interface CoverageItem {
  id: string;
  title: string;
  url?: string;
  summary?: string;
  text?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** Outlet id, outlet name or domain. */
  source?: string;
  /** BCP-47. */
  lang?: string;
}
