/**
 * One test per folder of tests/fixtures/pages: `source.html` extracted as if at
 * https://example.com/a must give exactly `expected.json`, in happy-dom (what the unit tests and
 * a content script's DOM look like) and in jsdom (what the CLI uses).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/cli/dom';
import { extractArticle } from '../../../utils/extract/extract-article';

const pagesDir = join(__dirname, '..', '..', 'fixtures', 'pages');
const url = 'https://example.com/a';
const cases = readdirSync(pagesDir).sort();

describe.each(cases)('fixture page %s', (name) => {
  const source = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'));

  it('extracts the expected article in happy-dom', () => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    expect(extractArticle(doc, { url })).toEqual(expected);
  });

  it('extracts the same article in jsdom', () => {
    expect(extractArticle(parseHtml(source, url), { url })).toEqual(expected);
  });
});

it('covers the cases the extraction must survive', () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      'amp-page',
      'broken-json-ld',
      'css-jsdom-rejects',
      'frameset',
      'home-page',
      'jsonld-graph',
      'jsonld-news-article',
      'live-blog',
      'no-body',
      'no-metadata',
      'opengraph-only',
      'paywalled-stub',
      'scripts-replacing-builtins',
    ]),
  );
});
