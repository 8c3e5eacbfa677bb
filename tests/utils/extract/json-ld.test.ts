import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../utils/extract/json-ld';
import { MAX_JSON_LD_CHARS } from '../../../utils/extract/limits';

function rootWith(...scripts: string[]): Element {
  const doc = new DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html');
  for (const source of scripts) {
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = source;
    doc.head.append(script);
  }
  return doc.documentElement;
}

const json = (value: unknown) => JSON.stringify(value);

describe('readJsonLd', () => {
  it('reads a NewsArticle', () => {
    const facts = readJsonLd(
      rootWith(
        json({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: ' Storm  closes\nbridge ',
          author: { '@type': 'Person', name: 'Ann Lee' },
          publisher: { '@type': 'Organization', name: 'Example Post' },
          datePublished: '2024-01-02T03:04:05Z',
          dateModified: '2024-01-03',
          description: 'The bridge shut at noon.',
        }),
      ),
    );
    expect(facts).toEqual({
      isArticle: true,
      headline: 'Storm closes bridge',
      name: null,
      authors: ['Ann Lee'],
      datePublished: '2024-01-02T03:04:05Z',
      dateModified: '2024-01-03',
      description: 'The bridge shut at noon.',
      publisher: 'Example Post',
      siteName: null,
    });
  });

  it.each([
    'Article',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'OpinionNewsArticle',
    'BlogPosting',
    'LiveBlogPosting',
    'https://schema.org/NewsArticle',
    'schema:NewsArticle',
  ])('treats @type %s as an article', (type) => {
    expect(readJsonLd(rootWith(json({ '@type': type, headline: 'H' }))).isArticle).toBe(true);
  });

  it('accepts an array of types, and ignores non-article types', () => {
    expect(readJsonLd(rootWith(json({ '@type': ['WebPage', 'NewsArticle'], headline: 'H' }))).headline).toBe(
      'H',
    );
    const facts = readJsonLd(rootWith(json({ '@type': 'Recipe', headline: 'Soup' })));
    expect(facts.isArticle).toBe(false);
    expect(facts.headline).toBeNull();
  });

  it('finds the article inside @graph and resolves @id references to authors and publisher', () => {
    const facts = readJsonLd(
      rootWith(
        json({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', '@id': '#site', name: 'Example', publisher: { '@id': '#org' } },
            {
              '@type': 'Article',
              headline: 'Graph headline',
              author: [{ '@id': '#p1' }, { '@id': '#p2' }, { '@id': '#missing' }],
              publisher: { '@id': '#org' },
            },
            { '@type': 'Person', '@id': '#p1', name: 'First Author' },
            { '@type': 'Person', '@id': '#p2', name: 'Second Author' },
            { '@type': 'Organization', '@id': '#org', name: 'Example Media' },
          ],
        }),
      ),
    );
    expect(facts.headline).toBe('Graph headline');
    expect(facts.authors).toEqual(['First Author', 'Second Author']);
    expect(facts.publisher).toBe('Example Media');
    expect(facts.siteName).toBe('Example');
  });

  it('finds the article as a WebPage mainEntity', () => {
    const facts = readJsonLd(
      rootWith(json({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Main' } })),
    );
    expect(facts.headline).toBe('Main');
  });

  it('does not take a listed article (a home page ItemList) for the page itself', () => {
    const facts = readJsonLd(
      rootWith(
        json({
          '@type': 'ItemList',
          itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 'Teaser' } }],
        }),
      ),
    );
    expect(facts.isArticle).toBe(false);
  });

  it('reads authors given as a string, an object or a mixed array, without URLs or repeats', () => {
    const authorsOf = (author: unknown) => readJsonLd(rootWith(json({ '@type': 'Article', author }))).authors;
    expect(authorsOf('Jo Park')).toEqual(['Jo Park']);
    expect(authorsOf({ name: 'Jo Park' })).toEqual(['Jo Park']);
    expect(
      authorsOf(['Jo Park', { name: 'Sam Roy' }, { name: 'Jo Park' }, 'https://x.example/jo', 3, null]),
    ).toEqual(['Jo Park', 'Sam Roy']);
  });

  it('skips malformed scripts and keeps reading the others', () => {
    const facts = readJsonLd(
      rootWith(
        '{ "@type": "NewsArticle", "headline": "bad", }',
        json({ '@type': 'NewsArticle', headline: 'good' }),
      ),
    );
    expect(facts.headline).toBe('good');
  });

  it('strips CDATA and comment wrappers', () => {
    const source = `<![CDATA[${json({ '@type': 'NewsArticle', headline: 'Wrapped' })}]]>`;
    expect(readJsonLd(rootWith(source)).headline).toBe('Wrapped');
  });

  it('ignores wrong shapes instead of throwing', () => {
    const facts = readJsonLd(
      rootWith(
        'null',
        '42',
        '"text"',
        json([null, [], { '@graph': 'nope' }]),
        json({
          '@type': 'NewsArticle',
          headline: { text: 'x' },
          author: 7,
          publisher: [],
          datePublished: {},
        }),
      ),
    );
    expect(facts).toMatchObject({ isArticle: true, headline: null, authors: [], publisher: null });
  });

  it('skips JSON-LD larger than its budget without parsing it', () => {
    const big = json({ '@type': 'NewsArticle', headline: 'Too big', padding: 'x'.repeat(MAX_JSON_LD_CHARS) });
    expect(readJsonLd(rootWith(big)).isArticle).toBe(false);
  });

  it('survives deeply nested JSON', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readJsonLd(rootWith(deep, json({ '@type': 'Article', headline: 'After' }))).headline).toBe(
      'After',
    );
  });

  it('keeps working when the page replaced JSON.parse', () => {
    const original = JSON.parse;
    JSON.parse = () => {
      throw new Error('hijacked');
    };
    try {
      expect(readJsonLd(rootWith(json({ '@type': 'NewsArticle', headline: 'Safe' }))).headline).toBe('Safe');
    } finally {
      JSON.parse = original;
    }
  });
});
