/**
 * Our extraction against Mozilla Readability's own test pages (../shared/dev-data, third-party,
 * read in place). Our metadata differs from Readability's expected values on a few pages, by
 * design or by Readability version: bylines from meta tags Readability ignores, the first of
 * several `DC.creator` where Readability keeps the last, an `&nbsp;` Readability leaves encoded,
 * and the title rules of a newer Readability than the one we run. So agreement is asserted as a
 * rate, and every difference is listed when it falls short.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/cli/dom';
import {
  comparable,
  comparedFields,
  extractTestPage,
  listTestPages,
  loadTestPage,
  needsJsdom,
  testPagesDir,
  testPagesPresent,
  testPageUrl,
} from './readability-test-pages';

const present = testPagesPresent();
if (!present) console.warn(`skipping Readability test pages: ${testPagesDir} is absent`);

// A window of our own that fetches nothing: happy-dom otherwise loads a page's iframes and preloads.
const offline = new Window({
  url: testPageUrl,
  settings: {
    disableIframePageLoading: true,
    disableJavaScriptFileLoading: true,
    fetch: {
      interceptor: {
        beforeAsyncRequest: async ({ window }) => new window.Response('', { status: 404 }),
        beforeSyncRequest: ({ window }) => new window.Response('', { status: 404 }) as never,
      },
    },
  },
});
const offlineParser = new offline.DOMParser();
afterAll(() => offline.happyDOM.close());

/**
 * happy-dom (the unit tests' DOM, and about five times faster than jsdom here) except where it is
 * known to lose content; jsdom there, as Readability's own tests use.
 */
function parse(html: string): Document {
  return needsJsdom(html)
    ? parseHtml(html, testPageUrl)
    : (offlineParser.parseFromString(html, 'text/html') as unknown as Document);
}

const differences: string[] = [];
const f1s: number[] = [];
let pages = 0;

describe.skipIf(!present)('Readability test pages', () => {
  const names = present ? listTestPages() : [];

  it.each(names)(
    '%s',
    (name) => {
      const page = loadTestPage(name);
      const { article, f1 } = extractTestPage(page, parse);
      pages++;
      f1s.push(f1);
      for (const field of comparedFields) {
        const expected = comparable(page.expectedMetadata[field]);
        const actual = comparable(article[field]);
        if (expected !== actual) differences.push(`${name} ${field}: expected ${expected}, got ${actual}`);
      }
      // A text far from Readability's means the body was lost, whatever the metadata.
      expect(f1, `${name} text token F1`).toBeGreaterThanOrEqual(0.8);
    },
    60_000,
  );

  it('agrees with Readability on title, byline, excerpt and lang on at least 97% of the values', () => {
    expect(pages).toBe(names.length);
    const agreement = 1 - differences.length / (pages * comparedFields.length);
    expect(agreement, differences.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('reproduces Readability text (token F1 >= 0.9) on at least 95% of the pages', () => {
    const good = f1s.filter((f1) => f1 >= 0.9).length;
    expect(good / pages).toBeGreaterThanOrEqual(0.95);
  });
});
