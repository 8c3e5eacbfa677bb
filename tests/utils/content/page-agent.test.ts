import { describe, expect, it } from 'vitest';
import { currentHints, extractForPopup } from '../../../utils/content/page-agent';
import { MAX_SHORT_TEXT, validateExtractResponse, validatePageHints } from '../../../utils/messages';

function page(html: string, url = 'https://www.reuters.com/world/story-1'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html;
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

const article = (publisher: string, headline: string) => `
  <head>
    <title>${headline}</title>
    <link rel="canonical" href="https://www.reuters.com/world/story-1">
    <script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline,
      datePublished: '2026-01-02T09:00:00Z',
      publisher: { '@type': 'Organization', name: publisher },
    })}</script>
  </head>
  <body><article><h1>${headline}</h1>${'<p>The Senate passed the budget after a long night of votes and debate.</p>'.repeat(20)}</article></body>`;

describe('the content script’s messages', () => {
  it('sends hints the background accepts', () => {
    const hints = currentHints(page(article('Reuters', 'Senate passes budget')));
    expect(hints).toMatchObject({
      url: 'https://www.reuters.com/world/story-1',
      publisher: 'Reuters',
      isArticle: true,
    });
    expect(validatePageHints(hints).ok).toBe(true);
  });

  it('clips what a hostile page makes huge, so the message is still accepted', () => {
    const doc = page(article('P'.repeat(50_000), 'H'.repeat(50_000)));
    const hints = currentHints(doc);
    expect(hints.publisher?.length).toBeLessThanOrEqual(MAX_SHORT_TEXT);
    expect(validatePageHints(hints).ok).toBe(true);
    const response = extractForPopup(doc);
    expect(response.ok && response.article.title?.length).toBeLessThanOrEqual(MAX_SHORT_TEXT);
    expect(validateExtractResponse(response).ok).toBe(true);
  });

  it('extracts the article the popup reports on', () => {
    const response = extractForPopup(page(article('Reuters', 'Senate passes budget')));
    expect(response.ok).toBe(true);
    if (response.ok) {
      expect(response.article.title).toBe('Senate passes budget');
      expect(response.article.isArticle).toBe(true);
      expect(response.article.text).toContain('The Senate passed the budget');
    }
  });
});
