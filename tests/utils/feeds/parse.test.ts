/**
 * Feed parsing over the project's own fixtures: one folder a case under tests/fixtures/feeds/
 * (`feed.*` the bytes as served, `case.json` the URL and Content-Type, `expected.json` the items
 * a reader should get), then the hostile inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../utils/feeds/feed-error';
import { FEED_LIMITS, parseFeed } from '../../../utils/feeds/parse';

const fixtures = join(__dirname, '../../fixtures/feeds');
const cases = readdirSync(fixtures).filter((name) =>
  readdirSync(join(fixtures, name)).includes('expected.json'),
);
const read = (name: string, file: string) => readFileSync(join(fixtures, name, file));
const utf8 = (text: string) => new TextEncoder().encode(text);
const url = 'https://feeds.example/feed.xml';

function rss(items: string, prolog = ''): Uint8Array {
  return utf8(`${prolog}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`);
}

function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed on fixture feeds', () => {
  it.each(cases)('%s', (name) => {
    const feedFile = readdirSync(join(fixtures, name)).find((file) => file.startsWith('feed.'))!;
    const options = JSON.parse(read(name, 'case.json').toString('utf8'));
    const expected = JSON.parse(read(name, 'expected.json').toString('utf8'));
    expect(parseFeed(new Uint8Array(read(name, feedFile)), options)).toEqual(expected);
  });
});

describe('parseFeed on hostile input', () => {
  it('refuses entity expansion ("billion laughs")', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
    const error = feedError(() =>
      parseFeed(rss('<item><title>&lol3;</title><link>https://a.example/</link></item>', lol), { url }),
    );
    expect(error.code).toBe('entities-refused');
  });

  it('refuses external entities (XXE)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const error = feedError(() =>
      parseFeed(rss('<item><title>&xxe;</title><link>https://a.example/</link></item>', xxe), { url }),
    );
    expect(error.code).toBe('entities-refused');
  });

  // Defence in depth: the XML parser runs with entity processing off, so a declaration that slips
  // past the prolog check (a "<a" in the public id, a DOCTYPE inside the root) is never expanded.
  it('never expands declared entities, even when the declaration escapes the check', () => {
    const tricks = [
      '<!DOCTYPE rss PUBLIC "<a" "x" [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
      '',
    ];
    for (const prolog of tricks) {
      const inner = prolog ? '' : '<!DOCTYPE rss [<!ENTITY lol2 "lollollollol">]>';
      const bytes = utf8(
        `${prolog}<rss version="2.0">${inner}<channel><title>T</title><item><title>&lol2;</title><link>https://a.example/</link></item></channel></rss>`,
      );
      const titles = parseFeed(bytes, { url }).items.map((item) => item.title);
      expect(titles).toEqual(['&lol2;']);
    }
  });

  it('still reads a feed whose DOCTYPE declares no entity (RSS 0.91)', () => {
    const doctype =
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">';
    const feed = parseFeed(
      rss('<item><title>Caf&eacute;</title><link>https://a.example/</link></item>', doctype),
      { url },
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Café']);
  });

  it('stops a feed over the size cap before decoding it', () => {
    const bytes = new Uint8Array(FEED_LIMITS.maxBytes + 1);
    expect(feedError(() => parseFeed(bytes, { url })).code).toBe('too-large');
  });

  it('refuses deeply nested XML with a clear error', () => {
    const deep = `${'<div>'.repeat(100_000)}${'</div>'.repeat(100_000)}`;
    const error = feedError(() =>
      parseFeed(rss(`<item><title>x</title><link>https://a.example/</link>${deep}</item>`), { url }),
    );
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/nested/);
  });

  it('reads invalid UTF-8 and control characters without crashing, keeping the clean text', () => {
    const head = utf8(
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><item><title>Bad',
    );
    const tail = utf8(
      '\u0001\u0007 bytes\u0000</title><link>https://a.example/x</link></item></channel></rss>',
    );
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0xc3, ...tail]);
    const feed = parseFeed(bytes, { url });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.title).toMatch(/^Bad\uFFFD+ bytes$/);
  });

  // Short items, so that 100,000 of them fit under the size cap and reach the parser.
  it('caps a feed of 100,000 items and counts the rest', { timeout: 30_000 }, () => {
    const items = Array.from(
      { length: 100_000 },
      (_, i) => `<item><title>t</title><link>/${i}</link></item>`,
    );
    const feed = parseFeed(rss(items.join('')), { url });
    expect(feed.items).toHaveLength(FEED_LIMITS.maxItems);
    expect(feed.dropped['over-item-cap']).toBe(100_000 - FEED_LIMITS.maxItems);
  });

  it('says "not a feed" for an HTML page', () => {
    const page = utf8(
      '<!DOCTYPE html><html><head><title>Home</title></head><body><a href="/rss">RSS</a></body></html>',
    );
    const error = feedError(() => parseFeed(page, { url, contentType: 'text/html; charset=utf-8' }));
    expect(error.code).toBe('not-a-feed');
    expect(error.message).toMatch(/not a feed/);
  });

  it('says "not a feed" for JSON that is not a JSON Feed, and for an empty answer', () => {
    expect(feedError(() => parseFeed(utf8('{"hello": "world"}'), { url })).code).toBe('not-a-feed');
    expect(feedError(() => parseFeed(new Uint8Array(), { url })).code).toBe('not-a-feed');
  });

  it('keeps only http(s) links, whatever the scheme tricks', () => {
    const links = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      'https://ok.example/a',
    ];
    const items = links.map((link, i) => `<item><title>t${i}</title><link>${link}</link></item>`).join('');
    const feed = parseFeed(rss(items), { url });
    expect(feed.items.map((item) => item.url)).toEqual(['https://ok.example/a']);
    expect(feed.dropped['unsafe-link']).toBe(5);
  });
});
