// @vitest-environment node
/**
 * Every real feed in ../shared/dev-data/feeds parses with the right item count: the counts of the
 * rss-parser project's expected output where it has one, and the items each file really holds
 * (counted by hand) for node-feedparser's fixtures. Skips, saying so, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gunzipIfCompressed } from '../../../utils/feeds/gunzip';
import { parseFeed } from '../../../utils/feeds/parse';

const root = join(process.cwd(), '../shared/dev-data/feeds');
const present = existsSync(root);
if (!present) console.warn(`skipping the real-feed tests: ${root} is absent`);

function expectedCount(name: string): number {
  const expected = JSON.parse(
    readFileSync(join(root, 'rss-parser-fixtures/expected', `${name}.json`), 'utf8'),
  );
  return expected.feed.items.length;
}

const cases: { file: string; count: () => number; title: RegExp }[] = [
  {
    file: 'rss-parser-fixtures/input/guardian.rss',
    count: () => expectedCount('guardian'),
    title: /Guardian/,
  },
  { file: 'rss-parser-fixtures/input/heise.atom', count: () => expectedCount('heise'), title: /heise/ },
  {
    file: 'rss-parser-fixtures/input/uolNoticias.rss',
    count: () => expectedCount('uolNoticias'),
    title: /UOL/,
  },
  {
    file: 'rss-parser-fixtures/input/customfields.rss',
    count: () => expectedCount('customfields'),
    title: /./,
  },
  { file: 'node-feedparser-fixtures/tpm.atom', count: () => 20, title: /TPM/ },
  { file: 'node-feedparser-fixtures/wapowellness.xml', count: () => 29, title: /Wellness/i },
  { file: 'node-feedparser-fixtures/category-feed.xml', count: () => 1, title: /./ },
  { file: 'node-feedparser-fixtures/mediacontent-dupes.xml', count: () => 1, title: /Mail Online/ },
  // Each item holds a stray self-closing <item />, which must neither add nor lose items.
  { file: 'node-feedparser-fixtures/illegally-nested.xml', count: () => 10, title: /Dvorak/i },
  { file: 'node-feedparser-fixtures/iconv.xml', count: () => 10, title: /Новости/ },
  { file: 'node-feedparser-fixtures/compressed.xml', count: () => 10, title: /Новости/ },
];

describe.skipIf(!present)('real feeds (../shared/dev-data/feeds)', () => {
  it.each(cases)('$file parses with the right item count', async ({ file, count, title }) => {
    const bytes = await gunzipIfCompressed(new Uint8Array(readFileSync(join(root, file))));
    const feed = parseFeed(bytes, { url: 'https://feeds.example/feed' });
    expect(feed.items).toHaveLength(count());
    expect(feed.dropped).toEqual({});
    expect(feed.title).toMatch(title);
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.title).not.toMatch(/<[a-z]|&[a-z]+;|\uFFFD/i);
      expect(item.summary ?? '').not.toMatch(/<[a-z]|&(amp|lt|gt|quot|nbsp);|\uFFFD/i);
    }
  });

  it('reads the undeclared Latin-1 of UOL as Latin-1', async () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'rss-parser-fixtures/input/uolNoticias.rss')));
    const feed = parseFeed(bytes, { url: 'https://noticias.uol.com.br/' });
    expect(feed.encoding).toBe('windows-1252');
    expect(feed.items.map((item) => item.title).join(' ')).toMatch(/simulações/);
  });

  it('dates every dated item of the Guardian feed', () => {
    const bytes = new Uint8Array(readFileSync(join(root, 'rss-parser-fixtures/input/guardian.rss')));
    const feed = parseFeed(bytes, { url: 'https://www.theguardian.com/us/rss' });
    expect(feed.items.filter((item) => !item.published)).toEqual([]);
    // <dc:date>2017-12-08T12:00:02Z</dc:date>, the oldest item of the feed.
    expect(feed.items.map((item) => item.published).sort()[0]).toBe('2017-12-08T12:00:02.000Z');
  });
});
