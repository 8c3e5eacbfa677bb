/**
 * A story's coverage as the framing analysis counts it: one entry a report, the reader's own
 * article first, each with its outlet, side and words. Wire copies stay in the coverage list but
 * are not separate reports: they repeat the story they copy.
 */
import type { ExtractedArticle } from '../article';
import type { CoverageItem } from '../coverage/item';
import type { StoryMatch } from '../matching/story-index';
import { sideOf } from '../sources/summary';
import type { OutletSummary, Side } from './report';

export interface StoryReport {
  id: string;
  title: string;
  /** Summary and body: what the report says beyond its headline. */
  body: string;
  url: string | null;
  published: string | null;
  outlet: OutletSummary | null;
  side: Side | null;
  /** An outlet id when rated, else the item's source or host: what "one outlet" means here. */
  outletKey: string | null;
  outletName: string | null;
  isReader: boolean;
  wireCopyOf: string | null;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function outletIdentity(outlet: OutletSummary | null, source: string | undefined, url: string | null) {
  const name = outlet?.name ?? (source?.trim() || null) ?? hostOf(url);
  const key = outlet ? `outlet:${outlet.id}` : name ? `name:${name.toLowerCase()}` : null;
  return { outletKey: key, outletName: name };
}

export function readerReport(
  article: ExtractedArticle,
  outlet: OutletSummary | null,
  id: string,
): StoryReport {
  const url = article.canonicalUrl ?? article.url;
  return {
    id,
    title: article.title ?? '',
    body: [article.excerpt, article.text].filter(Boolean).join('\n'),
    url,
    published: article.publishedTime,
    outlet,
    side: outlet ? sideOf(outlet.bias) : null,
    ...outletIdentity(outlet, article.siteName ?? article.publisher ?? undefined, url),
    isReader: true,
    wireCopyOf: null,
  };
}

export function matchReport(match: StoryMatch, outlet: OutletSummary | null): StoryReport {
  const item: CoverageItem = match.item;
  return {
    id: match.id,
    title: item.title,
    body: [item.summary, item.text].filter(Boolean).join('\n'),
    url: item.url ?? null,
    published: item.published ?? null,
    outlet,
    side: outlet ? sideOf(outlet.bias) : null,
    ...outletIdentity(outlet, item.source, item.url ?? null),
    isReader: false,
    wireCopyOf: match.wireCopyOf,
  };
}

/** Reports counted once: wire copies drop out, and one outlet's several articles count as one outlet. */
export function distinctOutlets(reports: StoryReport[]): StoryReport[] {
  const seen = new Set<string>();
  const out: StoryReport[] = [];
  for (const report of reports) {
    if (report.wireCopyOf !== null) continue;
    const key = report.outletKey ?? `report:${report.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(report);
  }
  return out;
}
