import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../article';
import { extractArticle } from '../extract/extract-article';
import { readPageHints } from '../extract/page-hints';
import {
  acceptContentMessage,
  type ExtractResponse,
  MAX_ARTICLE_TEXT,
  MAX_SHORT_TEXT,
  MAX_URL,
  type PageHints,
} from '../messages';

function clip(value: string | null, max: number): string | null {
  return value === null ? null : value.slice(0, max);
}

/** The hints of the page as it is now, within the protocol's size limits. */
export function currentHints(doc: Document): PageHints {
  const hints = readPageHints(doc);
  const canonical = hints.canonicalUrl && hints.canonicalUrl.length <= MAX_URL ? hints.canonicalUrl : null;
  return {
    url: doc.URL,
    canonicalUrl: canonical,
    siteName: clip(hints.siteName, MAX_SHORT_TEXT),
    publisher: clip(hints.publisher, MAX_SHORT_TEXT),
    isArticle: hints.isArticle,
  };
}

/** The page's article, within the protocol's size limits (a huge page must not become a huge message). */
export function extractForPopup(doc: Document): ExtractResponse {
  try {
    const article = extractArticle(doc, { url: doc.URL });
    const clipped: ExtractedArticle = {
      ...article,
      title: clip(article.title, MAX_SHORT_TEXT),
      byline: clip(article.byline, MAX_SHORT_TEXT),
      siteName: clip(article.siteName, MAX_SHORT_TEXT),
      excerpt: clip(article.excerpt, MAX_SHORT_TEXT),
      publisher: clip(article.publisher, MAX_SHORT_TEXT),
      text: clip(article.text, MAX_ARTICLE_TEXT),
      canonicalUrl:
        article.canonicalUrl && article.canonicalUrl.length <= MAX_URL ? article.canonicalUrl : null,
    };
    return { ok: true, article: clipped };
  } catch (error) {
    return { ok: false, reason: String(error).slice(0, 200) };
  }
}

/**
 * The content script's work: tell the background what the page says about itself (for the badge)
 * when it loads or comes back from the back/forward cache, and extract the article when the
 * background asks. It adds nothing to the page: no globals, no DOM, no events the page can see
 * (hence not WXT's `wxt:locationchange`, dispatched on the page's window; after an in-page URL
 * change the badge follows the URL alone).
 */
export function startPageAgent(ctx: ContentScriptContext): void {
  const sendHints = () => {
    void browser.runtime
      .sendMessage({ type: 'page:hints', payload: { hints: currentHints(document) } })
      // The worker may be restarting, or Parallax was updated under this page: the badge falls back to the URL.
      .catch(() => undefined);
  };

  const onMessage = (message: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }) => {
    const accepted = acceptContentMessage(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!accepted.ok) return undefined;
    return Promise.resolve(extractForPopup(document));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) sendHints();
  });
  sendHints();
}
