import { expect, it } from 'vitest';
import { readPageHints } from '../../../utils/extract/page-hints';

const docOf = (head: string) =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body><p>x</p></body></html>`, 'text/html');

it('reads the canonical URL, site name, publisher and article markup of an AMP page', () => {
  const doc = docOf(`
    <link rel="canonical" href="https://www.example.com/news/story">
    <meta property="og:site_name" content="Example News">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","publisher":{"name":"Example News Ltd"}}</script>`);
  expect(readPageHints(doc)).toEqual({
    canonicalUrl: 'https://www.example.com/news/story',
    siteName: 'Example News',
    publisher: 'Example News Ltd',
    isArticle: true,
  });
});

it('says nothing about a page without markup', () => {
  expect(readPageHints(docOf('<title>Home</title>'))).toEqual({
    canonicalUrl: null,
    siteName: null,
    publisher: null,
    isArticle: false,
  });
});

it('never throws, even when the DOM does', () => {
  const doc = docOf('<meta property="og:type" content="article">');
  Object.defineProperty(doc, 'documentElement', {
    get() {
      throw new Error('hostile DOM');
    },
  });
  expect(readPageHints(doc)).toEqual({
    canonicalUrl: null,
    siteName: null,
    publisher: null,
    isArticle: false,
  });
});
