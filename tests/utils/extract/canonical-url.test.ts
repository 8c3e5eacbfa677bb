import { expect, it } from 'vitest';
import { readCanonicalUrl } from '../../../utils/extract/canonical-url';

const rootOf = (head: string) =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html')
    .documentElement;
const pageUrl = 'https://amp.example.com/amp/story.html';

it('resolves a relative canonical against the page URL', () => {
  expect(readCanonicalUrl(rootOf('<link rel="canonical" href="/news/story">'), pageUrl)).toBe(
    'https://amp.example.com/news/story',
  );
});

it('keeps an absolute canonical and matches rel case-insensitively among other tokens', () => {
  expect(
    readCanonicalUrl(rootOf('<link rel="Canonical alternate" href="https://www.example.com/s">'), pageUrl),
  ).toBe('https://www.example.com/s');
});

it('resolves against <base href> as a browser does', () => {
  expect(
    readCanonicalUrl(
      rootOf('<base href="https://cdn.example.net/x/"><link rel="canonical" href="y">'),
      pageUrl,
    ),
  ).toBe('https://cdn.example.net/x/y');
});

it.each([
  '<link rel="canonical" href="javascript:alert(1)">',
  '<link rel="canonical" href="data:text/html,hi">',
  '<link rel="canonical" href="ftp://example.com/file">',
  '<link rel="canonical" href="   ">',
  '<link rel="alternate" href="https://example.com/other">',
  '',
])('returns null for %s', (head) => {
  expect(readCanonicalUrl(rootOf(head), pageUrl)).toBeNull();
});

it('returns null for a relative canonical when the page URL is unknown', () => {
  expect(readCanonicalUrl(rootOf('<link rel="canonical" href="/news">'), '')).toBeNull();
});
