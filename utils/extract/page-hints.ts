import { emptyPageMetadata, readPageMetadata } from './page-metadata';

export interface PageHints {
  canonicalUrl: string | null;
  siteName: string | null;
  publisher: string | null;
  isArticle: boolean;
}

/**
 * What the page says about itself, read cheaply (no Readability) when it loads, so the
 * background can refine the toolbar badge: an AMP or mirror page names its canonical URL and
 * publisher. `isArticle` here is the page's own article markup only. Never throws.
 */
export function readPageHints(doc: Document): PageHints {
  let metadata = emptyPageMetadata;
  try {
    metadata = readPageMetadata(doc, doc.URL);
  } catch {
    // A misbehaving DOM leaves no hints; the badge falls back to the page's own URL.
  }
  return {
    canonicalUrl: metadata.canonicalUrl,
    siteName: metadata.siteName,
    publisher: metadata.publisher,
    isArticle: metadata.hasArticleMarkup,
  };
}
