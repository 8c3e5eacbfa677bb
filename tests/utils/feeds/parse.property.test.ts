import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../utils/feeds/feed-error';
import { parseFeed } from '../../../utils/feeds/parse';
import { fuzzRuns } from '../../fuzz-runs';

// `npm run fuzz` runs 10,000 cases a property: give them time in proportion.
const timeout = Math.max(5_000, fuzzRuns * 20);

const url = 'https://feeds.example/rss.xml';

/** Parses, accepting only a FeedError as failure: anything else thrown is a bug. */
function tryParse(bytes: Uint8Array) {
  try {
    return parseFeed(bytes, { url });
  } catch (error) {
    if (error instanceof FeedError) return undefined;
    throw error;
  }
}

// Strings that look like feeds: real tags around arbitrary text and links, so the fuzzer gets past detection.
const field = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:,x',
    '/rel',
    '&amp;',
    '<![CDATA[<b>x</b>]]>',
    '&#0;',
    '&#xD800;',
  ),
);
const feedLike = fc
  .array(fc.tuple(field, field, field), { maxLength: 8 })
  .map(
    (items) =>
      `<rss version="2.0"><channel><title>T</title>${items
        .map(
          ([title, link, description]) =>
            `<item><title>${title}</title><link>${link}</link><description>${description}</description></item>`,
        )
        .join('')}</channel></rss>`,
  );

describe('parseFeed (property)', () => {
  it('never throws anything but a FeedError on arbitrary bytes', { timeout }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        tryParse(bytes);
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('only ever outputs http(s) links and non-empty titles, on feed-like strings', { timeout }, () => {
    fc.assert(
      fc.property(feedLike, (text) => {
        const feed = tryParse(new TextEncoder().encode(text));
        for (const item of feed?.items ?? []) {
          expect(item.url).toMatch(/^https?:\/\//);
          expect(item.title.trim()).not.toBe('');
        }
      }),
      { numRuns: fuzzRuns },
    );
  });
});
