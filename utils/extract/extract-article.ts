import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../article';
import { blockText } from './block-text';
import { cleanField } from './clean-text';
import { toIsoDate } from './iso-date';
import { MAX_ELEMENTS_TO_PARSE } from './limits';
import { emptyPageMetadata, type PageMetadata, readPageMetadata } from './page-metadata';

/** What Readability makes of the page's body. */
interface Reading {
  readerable: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  text: string | null;
}

function documentUrlOf(doc: Document): string {
  try {
    return typeof doc.URL === 'string' ? doc.URL : '';
  } catch {
    return '';
  }
}

/**
 * Runs Readability on a copy of the page (it rewrites the document it is given, and the reader's
 * page must stay untouched). Null when the page is too big to parse in bounded time.
 */
function readBody(doc: Document): Reading | null {
  const root = doc.documentElement;
  if (!root || root.getElementsByTagName('*').length > MAX_ELEMENTS_TO_PARSE) return null;
  // isProbablyReaderable only reads, so it can look at the page itself.
  const readerable = isProbablyReaderable(doc);
  const copy = doc.cloneNode(true) as Document;
  // Our own JSON-LD reading is broader (@graph references, arrays of types), and skipping
  // Readability's spares a second parse of a possibly huge script.
  const parsed = new Readability<Node>(copy, { serializer: (node) => node, disableJSONLD: true }).parse();
  return {
    readerable,
    title: cleanField(parsed?.title),
    byline: cleanField(parsed?.byline),
    siteName: cleanField(parsed?.siteName),
    excerpt: cleanField(parsed?.excerpt),
    publishedTime: toIsoDate(parsed?.publishedTime),
    text: parsed?.content ? blockText(parsed.content) || null : null,
  };
}

function combine(url: string, metadata: PageMetadata, reading: Reading | null, isArticle: boolean) {
  const article: ExtractedArticle = {
    url,
    // The page's declared title, date and byline beat Readability's guesses from the body.
    title: metadata.title ?? reading?.title ?? metadata.documentTitle,
    byline: metadata.byline ?? reading?.byline ?? null,
    siteName: metadata.siteName ?? reading?.siteName ?? null,
    publishedTime: metadata.publishedTime ?? reading?.publishedTime ?? null,
    modifiedTime: metadata.modifiedTime,
    lang: metadata.lang,
    excerpt: metadata.excerpt ?? reading?.excerpt ?? null,
    text: reading?.text ?? null,
    canonicalUrl: metadata.canonicalUrl,
    publisher: metadata.publisher,
    isArticle,
  };
  return article;
}

/**
 * Extracts the article the reader is on: metadata from the page's JSON-LD, OpenGraph and meta
 * tags, and the body text from Readability. Pure: never changes `doc`, uses no browser API, runs
 * in a content script and under jsdom or happy-dom. Never throws: on failure it returns
 * `isArticle: false` with whatever metadata was read. On pages above MAX_ELEMENTS_TO_PARSE
 * elements it skips Readability and returns the metadata alone.
 */
export function extractArticle(doc: Document, options: { url?: string } = {}): ExtractedArticle {
  const url = options.url ?? documentUrlOf(doc);
  let metadata = emptyPageMetadata;
  try {
    metadata = readPageMetadata(doc, url);
    const reading = readBody(doc);
    const isArticle = metadata.hasArticleMarkup || (reading?.readerable === true && reading.text !== null);
    return combine(url, metadata, reading, isArticle);
  } catch {
    return combine(url, metadata, null, false);
  }
}
