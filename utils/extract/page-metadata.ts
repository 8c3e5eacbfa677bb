import { readCanonicalUrl } from './canonical-url';
import { cleanField } from './clean-text';
import { toIsoDate } from './iso-date';
import { type JsonLdFacts, readJsonLd } from './json-ld';
import { firstMeta, readMetaTags } from './meta-tags';

/**
 * What the page says about itself in its markup (JSON-LD, OpenGraph and other meta tags, links),
 * read cheaply without Readability. Absent values are null.
 */
export interface PageMetadata {
  /** The declared headline (JSON-LD, OpenGraph, Twitter card). */
  title: string | null;
  /** The `<title>` element: the last resort, often suffixed with the site's name. */
  documentTitle: string | null;
  byline: string | null;
  siteName: string | null;
  publisher: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  /** The page marks itself as an article: `og:type` article or an article JSON-LD type. */
  hasArticleMarkup: boolean;
}

export const emptyPageMetadata: PageMetadata = {
  title: null,
  documentTitle: null,
  byline: null,
  siteName: null,
  publisher: null,
  publishedTime: null,
  modifiedTime: null,
  lang: null,
  excerpt: null,
  canonicalUrl: null,
  hasArticleMarkup: false,
};

const isUrl = (value: string) => /^https?:\/\//i.test(value);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of `title`'s words that `candidate` also has. */
function coverage(candidate: string, title: string): number {
  const candidateWords = new Set(words(candidate));
  const titleWords = words(title);
  return titleWords.filter((word) => candidateWords.has(word)).length / (titleWords.length || 1);
}

/**
 * JSON-LD's `headline` is the article's title, but some sites put it in `name` and a tagline or
 * the topic in `headline` (Wikipedia), or the site's name in `name` (aktualne.cz). When they
 * differ, the one that covers more of the `<title>` wins.
 */
function jsonLdTitle(jsonLd: JsonLdFacts, documentTitle: string | null): string | null {
  const { headline, name } = jsonLd;
  if (
    headline &&
    name &&
    documentTitle &&
    coverage(name, documentTitle) > coverage(headline, documentTitle)
  ) {
    return name;
  }
  return headline ?? name;
}

/** `lang="en_US"` is a common mistake for the BCP 47 `en-US`. */
function readLang(root: Element): string | null {
  const lang = cleanField(root.getAttribute('lang') ?? root.getAttribute('xml:lang'), 35);
  return lang && /^[a-z]{1,8}(?:[-_][a-z0-9]{1,8})*$/i.test(lang) ? lang.replace(/_/g, '-') : null;
}

/**
 * Reads the page's own metadata. Throws only if the DOM itself misbehaves; callers that must not
 * throw catch that.
 */
export function readPageMetadata(doc: Document, documentUrl: string): PageMetadata {
  const root = doc.documentElement;
  if (!root) return emptyPageMetadata;
  const jsonLd = readJsonLd(root);
  const meta = readMetaTags(root);
  // article:author is usually a profile URL; only a name is a byline.
  const metaAuthors = (meta.get('article:author') ?? []).filter((author) => !isUrl(author));
  const ogSiteName = cleanField(firstMeta(meta, 'og:site_name'));
  // The publisher is often the company ("Example Media Group"), og:site_name the masthead.
  const publisher = jsonLd.publisher ?? ogSiteName;
  // doc.title skips an SVG's <title>, which getElementsByTagName('title') would return.
  const documentTitle = cleanField(doc.title);
  // Within each field, the order of the meta tags is Readability's, so both agree on a page.
  return {
    title:
      jsonLdTitle(jsonLd, documentTitle) ??
      cleanField(firstMeta(meta, 'dc:title', 'dcterm:title', 'og:title', 'twitter:title')),
    documentTitle,
    byline:
      (jsonLd.authors.length ? jsonLd.authors.join(', ') : null) ??
      cleanField(firstMeta(meta, 'dc:creator', 'dcterm:creator', 'author')) ??
      cleanField(metaAuthors.join(', ')),
    siteName: ogSiteName ?? jsonLd.siteName ?? publisher,
    publisher,
    publishedTime: toIsoDate(jsonLd.datePublished) ?? toIsoDate(firstMeta(meta, 'article:published_time')),
    modifiedTime:
      toIsoDate(jsonLd.dateModified) ??
      toIsoDate(firstMeta(meta, 'article:modified_time', 'og:updated_time')),
    lang: readLang(root),
    excerpt:
      jsonLd.description ??
      cleanField(
        firstMeta(
          meta,
          'dc:description',
          'dcterm:description',
          'og:description',
          'description',
          'twitter:description',
        ),
      ),
    canonicalUrl: readCanonicalUrl(root, documentUrl),
    hasArticleMarkup: jsonLd.isArticle || /(?:^|[:.])article$/i.test(firstMeta(meta, 'og:type') ?? ''),
  };
}
