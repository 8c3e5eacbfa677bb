import { expect, it } from 'vitest';
import { readPageMetadata } from '../../../utils/extract/page-metadata';

const docOf = (head: string, htmlAttributes = '') =>
  new DOMParser().parseFromString(
    `<html ${htmlAttributes}><head>${head}</head><body></body></html>`,
    'text/html',
  );
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const url = 'https://example.com/a';

it('prefers JSON-LD over OpenGraph for title, byline, date and description', () => {
  const metadata = readPageMetadata(
    docOf(`
      <meta property="og:title" content="OG title">
      <meta property="og:description" content="OG description">
      <meta property="article:published_time" content="2024-01-01T00:00:00Z">
      <meta name="author" content="Meta Author">
      ${ld({ '@type': 'NewsArticle', headline: 'LD title', description: 'LD description', datePublished: '2024-02-02', author: 'LD Author' })}`),
    url,
  );
  expect(metadata).toMatchObject({
    title: 'LD title',
    excerpt: 'LD description',
    publishedTime: '2024-02-02',
    byline: 'LD Author',
    hasArticleMarkup: true,
  });
});

it('falls back to OpenGraph and meta tags without JSON-LD', () => {
  const metadata = readPageMetadata(
    docOf(`
      <title>Doc title</title>
      <meta property="og:type" content="article">
      <meta property="og:title" content="OG title">
      <meta property="og:site_name" content="OG Site">
      <meta property="article:published_time" content="2024-01-01T00:00:00Z">
      <meta property="article:modified_time" content="2024-01-02T00:00:00Z">
      <meta property="article:author" content="https://facebook.com/someone">
      <meta property="article:author" content="Named Author">`),
    url,
  );
  expect(metadata).toMatchObject({
    title: 'OG title',
    documentTitle: 'Doc title',
    siteName: 'OG Site',
    publisher: 'OG Site',
    publishedTime: '2024-01-01T00:00:00Z',
    modifiedTime: '2024-01-02T00:00:00Z',
    byline: 'Named Author',
    hasArticleMarkup: true,
  });
});

it('keeps the masthead (og:site_name) as siteName and the JSON-LD publisher as publisher', () => {
  const metadata = readPageMetadata(
    docOf(
      `<meta property="og:site_name" content="The Daily">${ld({ '@type': 'Article', publisher: { name: 'Daily Media Group' } })}`,
    ),
    url,
  );
  expect(metadata).toMatchObject({ siteName: 'The Daily', publisher: 'Daily Media Group' });
});

it('takes whichever of JSON-LD name and headline covers more of the <title>', () => {
  const wiki = ld({ '@type': 'Article', name: 'New Zealand', headline: 'island country in Oceania' });
  expect(readPageMetadata(docOf(`<title>New Zealand - Wikipedia</title>${wiki}`), url).title).toBe(
    'New Zealand',
  );
  const site = ld({ '@type': 'NewsArticle', name: 'Example.cz', headline: 'Bridge reopens after repairs' });
  expect(
    readPageMetadata(docOf(`<title>Bridge reopens after long repairs - Example.cz</title>${site}`), url)
      .title,
  ).toBe('Bridge reopens after repairs');
});

it('reads <html lang>, normalising en_US to en-US and rejecting junk', () => {
  expect(readPageMetadata(docOf('', 'lang="en_US"'), url).lang).toBe('en-US');
  expect(readPageMetadata(docOf('', 'lang="pt-BR"'), url).lang).toBe('pt-BR');
  expect(readPageMetadata(docOf('', 'lang="<script>"'), url).lang).toBeNull();
  expect(readPageMetadata(docOf(''), url).lang).toBeNull();
});

it('does not take og:type website for an article', () => {
  expect(readPageMetadata(docOf('<meta property="og:type" content="website">'), url).hasArticleMarkup).toBe(
    false,
  );
});
