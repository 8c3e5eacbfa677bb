import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../utils/article';
import { queryFromArticle } from '../../../utils/matching/query';

const article: ExtractedArticle = {
  url: 'https://example.com/a?utm=1',
  title: 'Council approves bridge',
  byline: null,
  siteName: 'Example News',
  publishedTime: '2026-03-10T22:00:00Z',
  modifiedTime: null,
  lang: 'en-US',
  excerpt: 'The council voted 7-4.',
  text: 'The council voted 7-4 on Tuesday.',
  canonicalUrl: 'https://example.com/a',
  publisher: null,
  isArticle: true,
};

describe('queryFromArticle', () => {
  it('keys the query by the canonical URL and carries headline, lead, body, date and language', () => {
    expect(queryFromArticle(article)).toEqual({
      id: 'https://example.com/a',
      url: 'https://example.com/a',
      title: 'Council approves bridge',
      summary: 'The council voted 7-4.',
      text: 'The council voted 7-4 on Tuesday.',
      published: '2026-03-10T22:00:00Z',
      lang: 'en-US',
      source: 'Example News',
    });
  });

  it('leaves absent values out', () => {
    const bare = {
      ...article,
      title: null,
      excerpt: null,
      text: null,
      publishedTime: null,
      lang: null,
      siteName: null,
      canonicalUrl: null,
    };
    expect(queryFromArticle(bare)).toEqual({
      id: 'https://example.com/a?utm=1',
      url: 'https://example.com/a?utm=1',
      title: '',
    });
  });
});
