import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/cli/dom';
import { extractArticle } from '../../../utils/extract/extract-article';
import { MAX_ELEMENTS_TO_PARSE, MAX_TEXT_CHARS } from '../../../utils/extract/limits';

const url = 'https://example.com/a';
const pagesDir = join(__dirname, '..', '..', 'fixtures', 'pages');
const fixture = (name: string, file = 'source.html') => readFileSync(join(pagesDir, name, file), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const articleHead = `
  <title>Headline | Site</title>
  <meta property="og:type" content="article">
  <meta property="og:title" content="Headline">
  <meta property="og:site_name" content="Site">`;

describe('extractArticle leaves the page as it was', () => {
  it.each([
    ['happy-dom', parse],
    ['jsdom', (html: string) => parseHtml(html, url)],
  ])('in %s', (_name, parseWith) => {
    const doc = parseWith(fixture('jsonld-news-article'));
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url });
    expect(article.text).toContain('flood barrier');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('script, header, footer, nav')).toHaveLength(4);
  });
});

describe('extractArticle on huge pages', () => {
  it('returns the metadata of a 200,000-element page without running Readability', () => {
    const paragraphs = '<div><p>Some words in a paragraph.</p></div>'.repeat(100_000);
    const doc = parse(`<html><head>${articleHead}</head><body>${paragraphs}</body></html>`);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(200_000);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(MAX_ELEMENTS_TO_PARSE);
    const article = extractArticle(doc, { url });
    expect(article).toMatchObject({ title: 'Headline', siteName: 'Site', isArticle: true, text: null });
  }, 120_000);

  it(`cuts the body text at ${MAX_TEXT_CHARS} characters`, () => {
    const paragraph = `<p>${'A sentence of an exceedingly long article. '.repeat(25)}</p>`;
    const doc = parse(
      `<html><head>${articleHead}</head><body><article>${paragraph.repeat(300)}</article></body></html>`,
    );
    const article = extractArticle(doc, { url });
    expect(article.text?.length).toBe(MAX_TEXT_CHARS);
  }, 60_000);
});

describe('extractArticle never throws', () => {
  it('reads the metadata of a document whose <body> was removed', () => {
    const doc = parse(fixture('opengraph-only'));
    doc.body.remove();
    expect(doc.body).toBeNull();
    const article = extractArticle(doc, { url });
    expect(article).toMatchObject({
      title: 'Harbour ferry returns after repairs',
      text: null,
      isArticle: true,
    });
  });

  it('returns isArticle false with the metadata read so far when Readability fails', () => {
    const doc = parse(fixture('opengraph-only'));
    doc.cloneNode = () => {
      throw new Error('cannot clone');
    };
    const article = extractArticle(doc, { url });
    expect(article).toMatchObject({
      title: 'Harbour ferry returns after repairs',
      text: null,
      isArticle: false,
    });
  });

  it('returns an empty article when the DOM itself throws', () => {
    const doc = parse(fixture('opengraph-only'));
    Object.defineProperty(doc, 'documentElement', {
      get() {
        throw new Error('hostile DOM');
      },
    });
    const article = extractArticle(doc, { url });
    expect(article).toMatchObject({ url, title: null, text: null, canonicalUrl: null, isArticle: false });
  });

  it('extracts as usual after the page replaced JSON.parse, Date.parse and URL', () => {
    const expected = JSON.parse(fixture('scripts-replacing-builtins', 'expected.json'));
    const originals = { parse: JSON.parse, dateParse: Date.parse, URL: globalThis.URL };
    const hijacked = () => {
      throw new Error('hijacked');
    };
    const doc = parse(fixture('scripts-replacing-builtins'));
    JSON.parse = hijacked;
    Date.parse = hijacked;
    globalThis.URL = hijacked as unknown as typeof URL;
    let article: unknown;
    try {
      article = extractArticle(doc, { url });
    } finally {
      JSON.parse = originals.parse;
      Date.parse = originals.dateParse;
      globalThis.URL = originals.URL;
    }
    expect(article).toEqual(expected);
  });
});
