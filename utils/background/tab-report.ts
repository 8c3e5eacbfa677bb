import type { ExtractedArticle } from '../article';
import type { OutletSummary } from '../framing/report';
import { type ArticleMeta, type CoverageState, type ReportState, validateExtractResponse } from '../messages';
import type { OutletDirectory } from './outlet-directory';
import { unsupportedReason } from './page-support';

export interface TabReportDeps {
  /** The tab's URL, or null when the tab is gone. */
  tabUrl(tabId: number): Promise<string | null>;
  /** Asks the content script of the tab to extract its article; rejects when none answers. */
  requestExtraction(tabId: number): Promise<unknown>;
  directory(): Promise<OutletDirectory>;
  coverage(
    article: ExtractedArticle,
    outlet: OutletSummary | null,
    directory: OutletDirectory,
  ): Promise<CoverageState>;
}

/** Why extraction failed, as the popup explains it. */
export const EXTRACTION_FAILURES = {
  /** No content script answered: the page was open before Parallax was installed or updated. */
  noContentScript: 'no-content-script',
  /** The content script answered something malformed (a hostile or broken page). */
  badResponse: 'bad-response',
  /** Extraction ran and threw. */
  extractorError: 'extractor-error',
} as const;

function articleMeta(article: ExtractedArticle): ArticleMeta {
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    publishedTime: article.publishedTime,
    siteName: article.siteName,
  };
}

/**
 * The report the popup shows for a tab: each way it can go wrong is its own state, so the popup
 * can say plainly what happened and what to do. With `outletOnly`, its coverage is left `pending`
 * (the outlet is known long before a cold worker's story index is up).
 */
export async function buildTabReport(
  tabId: number,
  deps: TabReportDeps,
  { outletOnly = false } = {},
): Promise<ReportState> {
  const url = await deps.tabUrl(tabId);
  const unsupported = unsupportedReason(url);
  if (unsupported || !url) return { kind: 'unsupported-page', url, reason: unsupported ?? 'browser-page' };

  let raw: unknown;
  try {
    raw = await deps.requestExtraction(tabId);
  } catch {
    return { kind: 'extraction-failed', url, reason: EXTRACTION_FAILURES.noContentScript };
  }
  const response = validateExtractResponse(raw);
  if (!response.ok) return { kind: 'extraction-failed', url, reason: EXTRACTION_FAILURES.badResponse };
  if (!response.value.ok)
    return { kind: 'extraction-failed', url, reason: EXTRACTION_FAILURES.extractorError };
  const article = response.value.article;

  const directory = await deps.directory();
  const clue = { url: article.url, canonicalUrl: article.canonicalUrl, publisher: article.publisher };
  const card = directory.find(clue);
  if (!article.isArticle) return { kind: 'not-article', url, outlet: card };

  const coverage: CoverageState = outletOnly
    ? { status: 'pending' }
    : await deps.coverage(article, directory.summaryOfPage(clue), directory);
  if (!card) {
    const domain = safeHost(article.canonicalUrl ?? article.url);
    return { kind: 'unknown-outlet', url, domain, article: articleMeta(article), coverage };
  }
  return { kind: 'ok', url, outlet: card, article: articleMeta(article), coverage };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
