import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../utils/feeds/feed-error';
import { buildGdeltRequest, GDELT_DISCLOSURE, parseGdeltResponse } from '../../../utils/feeds/gdelt';

describe('buildGdeltRequest', () => {
  it('asks for an article list in JSON on the key terms, phrases quoted, within a time window', () => {
    const url = new URL(buildGdeltRequest({ terms: ['Senate', 'budget vote', 'Schumer'] })!);
    expect(url.origin + url.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: 'Senate "budget vote" Schumer',
      mode: 'artlist',
      format: 'json',
      maxrecords: '75',
      timespan: '72h',
      sort: 'hybridrel',
    });
  });

  it('sends nothing but cleaned terms: no operators, no short or duplicate terms, at most six', () => {
    const url = new URL(
      buildGdeltRequest({
        terms: [
          'a',
          'x)',
          'OR (sourcecountry:us',
          'one',
          'one',
          'two',
          'three',
          'four',
          'five',
          'six',
          'seven',
        ],
      })!,
    );
    expect(url.searchParams.get('query')).toBe('"OR sourcecountry us" one two three four five');
    expect(buildGdeltRequest({ terms: ['a', '!!', ''] })).toBeUndefined();
  });

  it('documents what it sends', () => {
    expect(GDELT_DISCLOSURE).toMatch(/key words/);
    expect(GDELT_DISCLOSURE).toMatch(/never holds the address or the text/);
  });
});

describe('parseGdeltResponse', () => {
  it('reads articles, keeping only well-formed http(s) ones', () => {
    const body = JSON.stringify({
      articles: [
        {
          url: 'https://www.example.com/a?utm_source=gdelt',
          title: 'Senate passes budget',
          seendate: '20240501T123000Z',
          domain: 'example.com',
          language: 'English',
        },
        { url: 'javascript:alert(1)', title: 'bad link' },
        { url: 'https://other.example/b', title: '' },
        { url: 'https://other.example/c', title: 42 },
        'not an object',
        { url: 'https://www.example.com/a', title: 'duplicate' },
        { url: 'https://news.example.fr/d', title: 'Le Sénat vote', seendate: 'garbage', language: 'French' },
      ],
    });
    expect(parseGdeltResponse(body)).toEqual({
      items: [
        {
          url: 'https://www.example.com/a',
          title: 'Senate passes budget',
          domain: 'example.com',
          published: '2024-05-01T12:30:00.000Z',
          lang: 'en',
        },
        { url: 'https://news.example.fr/d', title: 'Le Sénat vote', domain: 'news.example.fr', lang: 'fr' },
      ],
      dropped: 5,
    });
  });

  it('reads an empty answer as no articles, and a text error as a clear error', () => {
    expect(parseGdeltResponse('{}')).toEqual({ items: [], dropped: 0 });
    expect(() => parseGdeltResponse('The specified phrase is too short.\n')).toThrow(
      new FeedError('malformed', 'GDELT did not answer with JSON: The specified phrase is too short.'),
    );
    expect(() => parseGdeltResponse('{"articles": 5}')).toThrow(/no article list/);
  });
});
