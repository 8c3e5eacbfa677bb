import { describe, expect, it } from 'vitest';
import { createOutletLookup, normaliseName } from '../../../utils/sources/lookup';
import { fixtureOutlets } from './fixture-outlets';

const lookup = createOutletLookup(fixtureOutlets());

// [url, expected outlet id or null, expected `via`]: the shapes real pages and feeds give.
const urlCases: [string, string | null, string?][] = [
  ['https://edition.cnn.com/2026/01/01/politics/x/index.html', 'cnn', 'url'],
  ['https://www.cnn.com/2026/01/01/politics/x/index.html', 'cnn', 'url'],
  ['https://cnn.com/', 'cnn', 'url'],
  ['http://money.cnn.com/2016/01/01/news/economy/', 'cnn', 'url'],
  ['https://amp.cnn.com/cnn/2026/01/01/politics/x', 'cnn', 'url'],
  ['https://m.cnn.com/en/article/h_123', 'cnn', 'url'],
  ['https://WWW.CNN.COM/2026/01/01/US/X.HTML', 'cnn', 'url'],
  ['https://www.cnn.com:443/politics', 'cnn', 'url'],
  ['https://www.cnn.com./politics', 'cnn', 'url'],
  ['https://user:pass@www.cnn.com/politics', 'cnn', 'url'],
  ['//www.cnn.com/politics', 'cnn', 'url'],
  ['cnn.com/politics', 'cnn', 'url'],
  ['https://www.cnn.com/politics?utm_source=twitter#comments', 'cnn', 'url'],
  ['  https://www.cnn.com/politics  ', 'cnn', 'url'],
  ['https://www.bbc.co.uk/news/uk-politics-12345678', 'bbc-news', 'url'],
  ['https://www.bbc.com/news/articles/c0000000000o', 'bbc-news', 'url'],
  ['https://news.bbc.co.uk/1/hi/uk/123.stm', 'bbc-news', 'url'],
  ['https://www1.bbc.co.uk/news', 'bbc-news', 'url'],
  ['https://mobile.bbc.co.uk/news', 'bbc-news', 'url'],
  ['https://www.foxnews.com/politics/story', 'fox-news', 'url'],
  ['https://www.nytimes.com/2026/01/01/us/politics/x.html', 'nytimes', 'url'],
  ['https://mobile.nytimes.com/2016/01/01/us/x.html', 'nytimes', 'url'],
  ['https://www.nytimes.com/live/2026/01/01/us/x', 'nytimes', 'url'],
  ['https://www.washingtonpost.com/politics/2026/01/01/x/', 'washington-post', 'url'],
  ['https://www.theguardian.com/world/2026/jan/01/x', 'guardian', 'url'],
  ['https://amp.theguardian.com/world/2026/jan/01/x', 'guardian', 'url'],
  ['https://www.reuters.com/world/us/x-2026-01-01/', 'reuters', 'url'],
  ['https://apnews.com/article/abc123', 'ap', 'url'],
  ['https://www.npr.org/2026/01/01/123/x', 'npr', 'url'],
  ['https://www.breitbart.com/politics/2026/01/01/x/', 'breitbart', 'url'],
  ['https://thehill.com/homenews/x/', 'the-hill', 'url'],
  // Public suffixes with two labels: bbc.co.uk, abc.net.au.
  ['https://www.abc.net.au/news/2026-01-01/x/123', 'abc-news-au', 'url'],
  ['https://abc.net.au/news', 'abc-news-au', 'url'],
  ['https://www.net.au/news', null],
  ['https://co.uk/news', null],
  // One outlet on a subdomain of a host shared with others.
  ['https://abcnews.go.com/Politics/x/story?id=1', 'abc-news', 'url'],
  ['https://www.espn.go.com/nfl/story', null],
  ['https://news.sky.com/story/x-123', 'sky-news', 'url'],
  ['https://www.sky.com/tv', null],
  ['https://www.lemonde.fr/politique/article/2026/01/01/x.html', 'le-monde', 'url'],
  ['https://www.spiegel.de/politik/deutschland/x-a-123', 'der-spiegel', 'url'],
  ['https://www.aljazeera.com/news/2026/1/1/x', 'al-jazeera', 'url'],
  // Path outlets on a shared host.
  ['https://medium.com/swlh/how-x-123abc', 'the-startup', 'path'],
  ['https://medium.com/swlh', 'the-startup', 'path'],
  ['https://medium.com/SWLH/Story', 'the-startup', 'path'],
  ['https://medium.com/swlhx/story', null],
  ['https://medium.com/@someone/story', null],
  // AMP caches and viewers.
  ['https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp/uk-123', 'bbc-news', 'amp'],
  ['https://www-bbc-co-uk.cdn.ampproject.org/v/s/www.bbc.co.uk/news/uk-123?amp_js_v=0.1', 'bbc-news', 'amp'],
  ['https://www-foxnews-com.cdn.ampproject.org/c/www.foxnews.com/politics/x.amp', 'fox-news', 'amp'],
  ['https://www-theguardian-com.cdn.ampproject.org/i/s/www.theguardian.com/img.jpg', 'guardian', 'amp'],
  ['https://www-bbc-co-uk.cdn.ampproject.org/', 'bbc-news', 'amp'],
  ['https://www-cnn-com.bing-amp.com/c/s/www.cnn.com/2026/01/01/x', 'cnn', 'amp'],
  ['https://www.google.com/amp/s/www.nytimes.com/2026/01/01/us/x.amp.html', 'nytimes', 'amp'],
  ['https://www.google.co.uk/amp/s/amp.theguardian.com/world/x', 'guardian', 'amp'],
  ['https://www.google.com/amp/www.foxnews.com/politics/x.amp', 'fox-news', 'amp'],
  ['https://www.google.com/amp/s/unknown-blog.example/x', null],
  ['https://www.google.com/search?q=cnn', null],
  ['https://example-org.cdn.ampproject.org/c/s/example.org/x', null],
  // Aggregators are found, and are marked as such by their kind.
  ['https://news.yahoo.com/x-123.html', 'yahoo-news', 'url'],
  ['https://www.msn.com/en-us/news/politics/x/ar-AA1', 'msn', 'url'],
  ['https://news.google.com/articles/CBMi123', 'google-news', 'url'],
  ['https://apple.news/AbCdEf', 'apple-news', 'url'],
  // Not outlets, or not URLs at all.
  ['https://www.example.com/news', null],
  ['https://localhost/news', null],
  ['http://127.0.0.1/cnn.com', null],
  ['https://[::1]/x', null],
  ['ftp://www.cnn.com/file', null],
  ['mailto:desk@cnn.com', null],
  ['javascript:alert(1)', null],
  ['about:blank', null],
  ['', null],
  ['not a url', null],
  ['https://', null],
  ['https://cnn.com.evil.example/x', null],
  ['https://notcnn.com/x', null],
];

describe('lookup by URL', () => {
  it('covers at least 60 URL shapes', () => expect(urlCases.length).toBeGreaterThanOrEqual(60));

  it.each(urlCases)('%s → %s', (url, id, via) => {
    const match = lookup.lookup({ url });
    expect(match?.outlet.id ?? null).toBe(id);
    if (via) expect(match?.via).toBe(via);
  });

  it('reports which dataset entry matched', () => {
    expect(lookup.lookup({ url: 'https://edition.cnn.com/x' })?.domain).toBe('edition.cnn.com');
    expect(lookup.lookup({ url: 'https://money.cnn.com/x' })?.domain).toBe('cnn.com');
    expect(lookup.lookup({ url: 'https://medium.com/swlh/x' })?.domain).toBe('medium.com/swlh');
  });
});

describe('canonical URL and publisher', () => {
  it('prefers the canonical URL when it names another outlet (syndication)', () => {
    const match = lookup.lookup({
      url: 'https://www.nytimes.com/aponline/x.html',
      canonicalUrl: 'https://apnews.com/article/x',
    });
    expect(match).toMatchObject({ outlet: { id: 'ap' }, via: 'canonical' });
  });

  it('says an outlet came from the canonical URL even when that URL is an AMP or path one', () => {
    const viaAmp = lookup.lookup({
      url: 'https://news.yahoo.com/x.html',
      canonicalUrl: 'https://www.google.com/amp/s/www.bbc.co.uk/news/x',
    });
    expect(viaAmp).toMatchObject({ outlet: { id: 'bbc-news' }, via: 'canonical' });
    const viaPath = lookup.lookup({
      url: 'https://www.msn.com/x',
      canonicalUrl: 'https://medium.com/swlh/x',
    });
    expect(viaPath).toMatchObject({
      outlet: { id: 'the-startup' },
      via: 'canonical',
      domain: 'medium.com/swlh',
    });
  });

  it('keeps the page URL when the canonical URL is the same outlet', () => {
    const match = lookup.lookup({ url: 'https://edition.cnn.com/x', canonicalUrl: 'https://www.cnn.com/x' });
    expect(match).toMatchObject({ outlet: { id: 'cnn' }, via: 'url', domain: 'edition.cnn.com' });
  });

  it('keeps the page URL when the canonical URL is unknown or garbage', () => {
    expect(
      lookup.lookup({ url: 'https://www.cnn.com/x', canonicalUrl: 'https://example.com/x' })?.outlet.id,
    ).toBe('cnn');
    expect(lookup.lookup({ url: 'https://www.cnn.com/x', canonicalUrl: '/relative/path' })?.outlet.id).toBe(
      'cnn',
    );
  });

  it('finds the original outlet behind an aggregator by canonical URL', () => {
    const match = lookup.lookup({
      url: 'https://news.yahoo.com/x.html',
      canonicalUrl: 'https://www.foxnews.com/politics/x',
    });
    expect(match).toMatchObject({ outlet: { id: 'fox-news' }, via: 'canonical' });
  });

  it('finds the original outlet behind an aggregator by publisher name', () => {
    const match = lookup.lookup({
      url: 'https://www.msn.com/en-us/news/ar-AA1',
      publisher: 'The Associated Press',
    });
    expect(match).toMatchObject({ outlet: { id: 'ap' }, via: 'publisher', domain: 'apnews.com' });
  });

  it('returns the aggregator when nothing names the original', () => {
    const match = lookup.lookup({
      url: 'https://www.msn.com/en-us/news/ar-AA1',
      publisher: 'Some Local Paper',
    });
    expect(match?.outlet).toMatchObject({ id: 'msn', kind: 'aggregator' });
  });

  it('uses the publisher only as a last resort', () => {
    expect(lookup.lookup({ url: 'https://www.cnn.com/x', publisher: 'Fox News' })?.outlet.id).toBe('cnn');
    expect(lookup.lookup({ url: 'https://unknown.example/x', publisher: 'Fox News' })).toMatchObject({
      outlet: { id: 'fox-news' },
      via: 'publisher',
    });
  });

  it.each([
    ['The New York Times', 'nytimes'],
    ['new york times', 'nytimes'],
    ['NYT', 'nytimes'],
    ['THE GUARDIAN', 'guardian'],
    ['Spiegel', null],
    ['Der Spiegel', 'der-spiegel'],
    ['Le Monde', 'le-monde'],
    ['Lé Mondé', 'le-monde'],
    ['BBC  News', 'bbc-news'],
    ['bbc-news', 'bbc-news'],
    ['The', null],
    ['CNN.com', 'cnn'],
    ['www.theguardian.com', 'guardian'],
    ['', null],
  ])('publisher %j → %s', (publisher, id) => {
    expect(lookup.lookup({ url: 'https://unknown.example/', publisher })?.outlet.id ?? null).toBe(id);
  });

  it('never guesses between two outlets sharing a name', () => {
    const [cnn, fox] = fixtureOutlets();
    const twins = createOutletLookup([
      { ...cnn!, aliases: ['The Daily'] },
      { ...fox!, aliases: ['Daily'] },
    ]);
    expect(twins.lookup({ url: 'https://unknown.example/', publisher: 'The Daily' })).toBeNull();
  });
});

describe('lookupSource', () => {
  it.each([
    ['cnn', 'cnn'],
    ['CNN', 'cnn'],
    ['cnn.com', 'cnn'],
    ['www.bbc.co.uk', 'bbc-news'],
    ['https://www.theguardian.com/world/x', 'guardian'],
    ['The New York Times', 'nytimes'],
    ['Associated Press', 'ap'],
    ['  Reuters ', 'reuters'],
    ['unknown outlet', null],
    ['example.com', null],
    ['', null],
  ])('%j → %s', (source, id) => {
    expect(lookup.lookupSource(source)?.id ?? null).toBe(id);
  });
});

describe('normaliseName', () => {
  it('ignores case, accents, punctuation, "&" vs "and" and a leading "The"', () => {
    expect(normaliseName('The Wall Street Journal')).toBe(normaliseName('wall-street journal'));
    expect(normaliseName('Süddeutsche Zeitung')).toBe('suddeutschezeitung');
    expect(normaliseName('Fish & Chips')).toBe(normaliseName('Fish and Chips'));
    // Non-Latin names keep their letters (accents fold the same way on both sides).
    expect(normaliseName('Российская Газета')).toBe(normaliseName('российская газета'));
    expect(normaliseName('Российская газета')).toHaveLength(16);
  });
});
