/**
 * The article the reader is on, as a story-index query: its headline, lead, body, date and
 * language (names and numbers are read from the text by the matcher itself).
 */
import type { ExtractedArticle } from '../article';
import type { CoverageItem } from '../coverage/item';

export function queryFromArticle(article: ExtractedArticle): CoverageItem {
  const url = article.canonicalUrl ?? article.url;
  const query: CoverageItem = { id: url, title: article.title ?? '', url };
  if (article.excerpt) query.summary = article.excerpt;
  if (article.text) query.text = article.text;
  if (article.publishedTime) query.published = article.publishedTime;
  if (article.lang) query.lang = article.lang;
  if (article.siteName ?? article.publisher) query.source = (article.siteName ?? article.publisher)!;
  return query;
}
