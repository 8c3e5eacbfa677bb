import { expect, it } from 'vitest';
import { firstMeta, readMetaTags } from '../../../utils/extract/meta-tags';

const rootOf = (head: string) =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html')
    .documentElement;

it('reads property and name values by lower-case key, skipping empty content', () => {
  const tags = readMetaTags(
    rootOf(`
      <meta property="OG:Title" content=" Title ">
      <meta name="author" content="Ann">
      <meta property="og:description" content="">
      <meta property="og:type">`),
  );
  expect(tags.get('og:title')).toEqual(['Title']);
  expect(tags.get('author')).toEqual(['Ann']);
  expect(tags.has('og:description')).toBe(false);
  expect(tags.has('og:type')).toBe(false);
});

it('gives each space-separated RDFa property the value', () => {
  const tags = readMetaTags(rootOf('<meta property="og:title  twitter:title" content="Both">'));
  expect(tags.get('og:title')).toEqual(['Both']);
  expect(tags.get('twitter:title')).toEqual(['Both']);
});

it('puts property values before name values, and reads DC.creator as dc:creator', () => {
  const tags = readMetaTags(
    rootOf('<meta name="DC.creator" content="By name"><meta property="dc:creator" content="By property">'),
  );
  expect(tags.get('dc:creator')).toEqual(['By property', 'By name']);
});

it('keeps repeated values in document order', () => {
  const tags = readMetaTags(
    rootOf('<meta property="article:author" content="A"><meta property="article:author" content="B">'),
  );
  expect(tags.get('article:author')).toEqual(['A', 'B']);
});

it('firstMeta returns the first value of the first key present', () => {
  const tags = readMetaTags(
    rootOf('<meta name="description" content="D"><meta property="og:title" content="T">'),
  );
  expect(firstMeta(tags, 'dc:title', 'og:title', 'description')).toBe('T');
  expect(firstMeta(tags, 'missing')).toBeNull();
});
